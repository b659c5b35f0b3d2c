"""Portuguese word lists of the quote extractor (data only; lexicon.py merges them)."""
from __future__ import annotations

from typing import Final

# Reporting verbs: present and preterite, 3rd person singular and plural, and the participle.
_CUES_LISTED: Final = frozenset("""
disse diz dizem disseram dito afirmou afirma afirmaram explicou explica explicaram declarou
declara declararam destacou destaca ressaltou acrescentou acrescenta salientou sublinhou
garantiu garante contou lembrou avaliou comentou criticou defendeu questionou respondeu
escreveu observou informou anunciou alertou pontuou completou frisou reforçou admitiu
reconheceu argumentou ponderou enfatizou relatou
complementou complementa sustentou sustenta justifica justificou acrescentou ressalta
assegurou apontou indicou revelou confirmou negou concluiu detalhou opinou sugeriu lamentou
avisou reiterou reitera rebateu pontua observa lembra avalia pondera critica alegou adiantou
""".split())

# The common reporting verbs of the language by infinitive, each with its third person singular and
# plural in the preterite, the present and the imperfect ("disse", "dizia"): the forms a news
# sentence reports speech in, grown as a list of verbs rather than from the errors of one article. A
# form that is also a common noun or adjective is left out ("conta", "pergunta", "cita", "alerta",
# "completa", "emenda"), and so is a tense whose forms mostly mean something else (the present of
# "contar").
SPEECH_VERBS: Final = """
acentuar: acentuou acentuaram acentua acentuam acentuava acentuavam
acrescentar: acrescentou acrescentaram acrescenta acrescentam acrescentava acrescentavam
adiantar: adiantou adiantaram adianta adiantam adiantava adiantavam
admitir: admitiu admitiram admite admitem admitia admitiam
advertir: advertiu advertiram adverte advertem advertia advertiam
afirmar: afirmou afirmaram afirma afirmam afirmava afirmavam
alegar: alegou alegaram alega alegam alegava alegavam
alertar: alertou alertaram alertam alertava alertavam
alfinetar: alfinetou alfinetaram alfineta alfinetam alfinetava alfinetavam
ameaçar: ameaçou ameaçaram
analisar: analisou analisaram analisa analisam analisava analisavam
anunciar: anunciou anunciaram anuncia anunciam anunciava anunciavam
apelar: apelou apelaram
apontar: apontou apontaram aponta apontam apontava apontavam
argumentar: argumentou argumentaram argumenta argumentam argumentava argumentavam
arrematar: arrematou arremataram
assegurar: assegurou asseguraram assegura asseguram assegurava asseguravam
assinalar: assinalou assinalaram assinala assinalam assinalava assinalavam
avaliar: avaliou avaliaram avalia avaliam avaliava avaliavam
avisar: avisou avisaram avisa avisam avisava avisavam
brincar: brincou brincaram brinca brincam brincava brincavam
citar: citou citaram
classificar: classificou classificaram classifica classificam classificava classificavam
comemorar: comemorou comemoraram
comentar: comentou comentaram comenta comentam comentava comentavam
complementar: complementou complementaram complementa complementam complementava complementavam
completar: completou completaram
comunicar: comunicou comunicaram comunica comunicam comunicava comunicavam
concluir: concluiu concluíram conclui concluem concluía concluíam
concordar: concordou concordaram concorda concordam concordava concordavam
confessar: confessou confessaram confessa confessam confessava confessavam
confidenciar: confidenciou confidenciaram confidencia confidenciam confidenciava confidenciavam
confirmar: confirmou confirmaram confirma confirmam confirmava confirmavam
contar: contou contaram
contestar: contestou contestaram contesta contestam contestava contestavam
cravar: cravou cravaram
criticar: criticou criticaram critica criticam criticava criticavam
declarar: declarou declararam declara declaram declarava declaravam
defender: defendeu defenderam defende defendem defendia defendiam
denunciar: denunciou denunciaram denuncia denunciam denunciava denunciavam
desabafar: desabafou desabafaram desabafa desabafam desabafava desabafavam
descrever: descreveu descreveram descreve descrevem descrevia descreviam
destacar: destacou destacaram destaca destacam destacava destacavam
detalhar: detalhou detalharam detalha detalham detalhava detalhavam
discordar: discordou discordaram discorda discordam discordava discordavam
dizer: disse disseram diz dizem dizia diziam
emendar: emendou emendaram emendam emendava emendavam
enfatizar: enfatizou enfatizaram enfatiza enfatizam enfatizava enfatizavam
esclarecer: esclareceu esclareceram esclarece esclarecem esclarecia esclareciam
escrever: escreveu escreveram escreve escrevem escrevia escreviam
exclamar: exclamou exclamaram exclama exclamam exclamava exclamavam
explicar: explicou explicaram explica explicam explicava explicavam
expor: expôs expuseram expõe expõem expunha expunham
frisar: frisou frisaram frisa frisam frisava frisavam
garantir: garantiu garantiram garante garantem garantia garantiam
gritar: gritou gritaram grita gritam gritava gritavam
indagar: indagou indagaram indaga indagam indagava indagavam
indicar: indicou indicaram indica indicam indicava indicavam
informar: informou informaram informa informam informava informavam
insistir: insistiu insistiram insiste insistem insistia insistiam
ironizar: ironizou ironizaram ironiza ironizam ironizava ironizavam
justificar: justificou justificaram justifica justificam justificava justificavam
lamentar: lamentou lamentaram lamenta lamentam lamentava lamentavam
lembrar: lembrou lembraram lembra lembram lembrava lembravam
mencionar: mencionou mencionaram menciona mencionam mencionava mencionavam
narrar: narrou narraram narra narram narrava narravam
negar: negou negaram nega negam negava negavam
observar: observou observaram observa observam observava observavam
opinar: opinou opinaram opina opinam opinava opinavam
pedir: pediu pediram pede pedem pedia pediam
perguntar: perguntou perguntaram perguntam perguntava perguntavam
ponderar: ponderou ponderaram pondera ponderam ponderava ponderavam
pontuar: pontuou pontuaram pontua pontuam pontuava pontuavam
prometer: prometeu prometeram promete prometem prometia prometiam
propor: propôs propuseram propõe propõem propunha propunham
prosseguir: prosseguiu prosseguiram prossegue prosseguem prosseguia prosseguiam
protestar: protestou protestaram protesta protestam protestava protestavam
qualificar: qualificou qualificaram qualifica qualificam qualificava qualificavam
questionar: questionou questionaram questiona questionam questionava questionavam
reafirmar: reafirmou reafirmaram reafirma reafirmam reafirmava reafirmavam
realçar: realçou realçaram realça realçam realçava realçavam
rebater: rebateu rebateram rebate rebatem rebatia rebatiam
reclamar: reclamou reclamaram reclama reclamam reclamava reclamavam
reconhecer: reconheceu reconheceram reconhece reconhecem reconhecia reconheciam
recordar: recordou recordaram recorda recordam recordava recordavam
referir: referiu referiram
reforçar: reforçou reforçaram reforça reforçam reforçava reforçavam
reiterar: reiterou reiteraram reitera reiteram reiterava reiteravam
relatar: relatou relataram relata relatam relatava relatavam
relembrar: relembrou relembraram relembra relembram relembrava relembravam
repetir: repetiu repetiram repete repetem repetia repetiam
replicar: replicou replicaram
responder: respondeu responderam responde respondem respondia respondiam
ressaltar: ressaltou ressaltaram ressalta ressaltam ressaltava ressaltavam
ressalvar: ressalvou ressalvaram ressalva ressalvam ressalvava ressalvavam
resumir: resumiu resumiram resume resumem resumia resumiam
retrucar: retrucou retrucaram retruca retrucam retrucava retrucavam
revelar: revelou revelaram revela revelam revelava revelavam
salientar: salientou salientaram salienta salientam salientava salientavam
sentenciar: sentenciou sentenciaram
sublinhar: sublinhou sublinharam sublinha sublinham sublinhava sublinhavam
sugerir: sugeriu sugeriram sugere sugerem sugeria sugeriam
sustentar: sustentou sustentaram sustenta sustentam sustentava sustentavam
"""
# Verbs that report speech only in an incise, right after the quote and set off from it by a
# comma or a dash ("“…”, disparou o ministro"): elsewhere they mostly mean something else
# ("celebrou um acordo", "disparou contra", "continuou a obra", "previu um crescimento"); also the
# present of verbs whose form is a noun elsewhere ("a conta", "a pergunta", "um alerta"), a verb
# in the incise of features ("“…”, conta a moradora"), and "reagiu" there (es45).
# Cues of the language, found by ``cues.CueIndex`` only in that place (as French
# ``lexicon_fr.INVERTED_CUES`` only before an inverted pronoun).
AFTER_QUOTE_VERBS: Final = """
atacar: atacou atacaram
celebrar: celebrou celebraram
continuar: continuou continuaram
disparar: disparou dispararam dispara
finalizar: finalizou finalizaram
notar: notou notaram
prever: previu previram
alertar: alerta
citar: cita
completar: completa
contar: conta contam contava contavam
perguntar: pergunta
reagir: reagiu reagiram reage reagem
sentenciar: sentencia
"""
# Of those, the forms that are also nouns ("“Central do Brasil”, alerta sobre …"): a cue only
# before what opens an incise's subject or adjunct (as ``lexicon_es.AFTER_QUOTE_NOUNS``).
AFTER_QUOTE_NOUNS: Final = frozenset("conta contam pergunta alerta cita completa sentencia dispara".split())
INCISE_NEXT: Final = frozenset("""
o a os as um uma uns umas seu sua ao à aos às em no na nos nas ante desde durante após este esta
neste nesta ontem hoje então também ainda
""".split())
# Of those, the ones that are a verb of another sense before a word ("“Casa Verde”, conta com
# verba …"): the word after each that makes it no cue.
AFTER_QUOTE_NOT_BEFORE: Final = {"conta": frozenset(("com",)), "contam": frozenset(("com",))}
AFTER_QUOTE_CUES: Final = frozenset(w for line in AFTER_QUOTE_VERBS.splitlines() for w in line.partition(":")[2].split())
# The participle of each verb above, for the perfect ("tem afirmado", "“…”, tinha dito o
# ministro"): a cue only right after an auxiliary of it (``PERFECT_AUXILIARIES``), since alone a
# participle is mostly an adjective ("o citado relatório", "um destacado economista"). The ones
# the lists above hold ("dito") stay cues anywhere, as before.
_PARTICIPLES: Final = frozenset("""
acentuado acrescentado adiantado admitido advertido afirmado alegado alertado alfinetado ameaçado
analisado anunciado apelado apontado argumentado arrematado assegurado assinalado atacado avaliado
avisado brincado celebrado citado classificado comemorado comentado complementado completado
comunicado concluido concordado confessado confidenciado confirmado contado contestado continuado
cravado criticado declarado defendido denunciado desabafado descrito destacado detalhado discordado
disparado dito emendado enfatizado esclarecido escrito exclamado explicado exposto finalizado
frisado garantido gritado indagado indicado informado insistido ironizado justificado lamentado
lembrado mencionado narrado negado notado observado opinado pedido perguntado ponderado pontuado
previsto prometido proposto prosseguido protestado qualificado questionado reafirmado realçado
rebatido reclamado reconhecido recordado referido reforçado reiterado relatado relembrado repetido
replicado respondido ressaltado ressalvado resumido retrucado revelado salientado sentenciado
sublinhado sugerido sustentado
""".split())
PERFECT_AUXILIARIES: Final = frozenset("tem têm tinha tinham havia haviam teria teriam".split())
# Of those, the ones of one person ("“…”, tem dito."; "têm dito": several) (perfect_subject).
SINGULAR_AUXILIARIES: Final = frozenset("tem tinha havia teria".split())
_SIMPLE_CUES: Final = _CUES_LISTED | frozenset(w for line in SPEECH_VERBS.splitlines() for w in line.partition(":")[2].split()) \
    | AFTER_QUOTE_CUES
PERFECT_CUES: Final = _PARTICIPLES - _SIMPLE_CUES
CUES: Final = _SIMPLE_CUES | PERFECT_CUES

# Verbs of speech in more than one word ("fez questão de frisar", "chamou a atenção para", "deixou
# claro"), as lexicon_es.PHRASE_VERBS: the completing words, the opening forms, "|" the
# participle that is a cue only after an auxiliary ("tem feito questão de lembrar"); one verb may take several lines.
PHRASE_VERBS: Final = """
questão de frisar/questão de destacar/questão de lembrar/questão de dizer: fez fizeram faz fazem fazia faziam | feito
questão de sublinhar/questão de ressaltar/questão de afirmar: fez fizeram faz fazem fazia faziam | feito
questão de salientar/questão de reforçar/questão de deixar claro/saber/um apelo: fez fizeram faz fazem fazia faziam | feito
a atenção para: chamou chamaram chama chamam chamava chamavam | chamado
claro/bem claro: deixou deixaram deixa deixam deixava deixavam | deixado
"""

# "segundo" is also "second": taken as "according to" only in Portuguese articles.
ACCORDING: Final = frozenset(["segundo"])
# A sentence that opens on this word and a person's name gives that person's view ("Para Martins, a articulação ...").
FOR_WORD: Final = "para"

TITLES: Final = frozenset("""
papa ministra ministro governador governadora prefeito prefeita deputado deputada senhor senhora
senador senadora presidente presidenta parlamentar vereador vereadora
secretário secretária porta-voz diretor diretora juiz juíza vice-presidente vice-governador vice-governadora
vice-prefeito vice-prefeita procurador procuradora delegado delegada eurodeputado eurodeputada
coronel tenente capitão sargento comandante comissário
embaixador embaixadora promotor promotora coordenador coordenadora gerente
gestor gestora primeiro-ministro primeira-ministra
autarca presidente-executivo presidente-executiva executivo executiva
""".split())

FUNCTION_WORDS: Final = frozenset("""
via citando em na no nas nos para com sem sobre após segundo conforme mas também quando onde enquanto isso isto
esta este essa esse uma umas uns eles elas nós
ali aqui lá aí agora então ainda já depois antes ontem hoje inclusive finalmente posteriormente
anteriormente igualmente imediatamente atualmente recentemente novamente pessoalmente
o a os as ao aos à às diante perante ante
""".split()) | PERFECT_AUXILIARIES  # "Tem afirmado que …": the verb, not a name (perfect_subject)

# What may follow the speaker at the end of a sentence that closes on its attribution: when,
# where, to whom (", disse Marta Silva na segunda-feira em Lisboa.").
ADJUNCTS: Final = frozenset("""
na no nas nos em ao à aos durante ontem hoje nesta neste esta este segundo perante após
""".split())

NP_STOP: Final = frozenset("em na no nas nos que para com ao aos à às desde durante após".split())

# Prepositions: a capitalized word right after one is no subject of the verb that follows
# ("der Aktivist der Gewerkschaft aus Chicago sagt": not Chicago).
# (and "do", "da": "O senador do Podemos pondera" is not Podemos speaking)
PREPOSITIONS: Final = frozenset("de do da dos das desde em com por para sem sobre entre até contra via".split())

PRONOUNS: Final = {"ele": "he", "ela": "she"}

# Articles: a mention that opens with one and has no name is a description ("der Journalist").
DETERMINERS: Final = frozenset("o a os as um uma seu sua seus suas".split())  # and possessives

# Words that tie a role to its body inside a noun phrase ("Sprecher des Ministeriums").
GENITIVES: Final = frozenset("de do da dos das".split())

STOPWORDS: Final = frozenset("não uma com os das dos para se na no ao pelo pela são mais como".split())

# Adverbs between a subject and its verb ("Marta Silva também disse", "a mãe sempre dizia").
ADVERBS: Final = frozenset("""
também ainda já sempre depois então nunca ontem hoje inclusive novamente igualmente
publicamente
""".split())
# ", que disse": the relative pronoun stands for the phrase before its comma.
RELATIVES: Final = frozenset(["que", "quem"])
# "De acordo com Ana Souza, ...": "according to" opening a sentence (never mid-sentence, where
# "estar de acordo com" is to agree with someone).
ACCORDING_OPENERS: Final = ("de acordo com", "nas palavras de", "nas palavras do", "nas palavras da", "conforme",
                             "na opinião de", "na opinião do", "na opinião da", "na avaliação de", "na avaliação do",
                             "na avaliação da", "na visão de", "na visão do", "na visão da")

# Verbs of believing, fearing and demanding: a partial quote in their clause is the subject's
# words ("O senador entende que ele cumpre o papel de "moderador""); not cues (language.opinion).
OPINION: Final = frozenset("""
acha acham achava acredita acreditam acreditava entende entendem entendia pensa pensam teme
temem considera consideram cobra cobram cobrou
""".split())


# Verbs that report the words right after a quote's closing mark and comma only ("\"…\", cobrou
# Ana Souza"), and mean something else elsewhere ("cobrou a taxa"): found there only (stop 47).
MARK_ONLY_CUES: Final = frozenset("cobrou cobra exigiu exige".split())
