"""A country's adjective and its name as one key, for matching a description's place to a
title's (issue 16, stop 58): "Denmark’s foreign minister" and "Danish Foreign Minister Lars
Løkke Rasmussen" are one office, as "the Danish foreign minister" already was. A data table:
the adjectives English news writes before a title, each with the country's short name (its
last word for a name of several words: "South Korean" is "south" + "korea")."""
from __future__ import annotations

from typing import Final

ADJECTIVE_COUNTRY: Final = {
    "afghan": "afghanistan", "albanian": "albania", "algerian": "algeria", "argentine": "argentina",
    "argentinian": "argentina", "armenian": "armenia", "australian": "australia", "austrian": "austria",
    "azerbaijani": "azerbaijan", "bahraini": "bahrain", "bangladeshi": "bangladesh", "belarusian": "belarus",
    "belgian": "belgium", "bolivian": "bolivia", "bosnian": "bosnia", "brazilian": "brazil",
    "bulgarian": "bulgaria", "cambodian": "cambodia", "canadian": "canada", "chilean": "chile",
    "chinese": "china", "colombian": "colombia", "croatian": "croatia", "cuban": "cuba", "cypriot": "cyprus",
    "czech": "czechia", "danish": "denmark", "dutch": "netherlands", "ecuadorian": "ecuador",
    "egyptian": "egypt", "emirati": "uae", "estonian": "estonia", "ethiopian": "ethiopia",
    "finnish": "finland", "french": "france", "georgian": "georgia", "german": "germany",
    "ghanaian": "ghana", "greek": "greece", "guatemalan": "guatemala", "haitian": "haiti",
    "honduran": "honduras", "hungarian": "hungary", "icelandic": "iceland", "indian": "india",
    "indonesian": "indonesia", "iranian": "iran", "iraqi": "iraq", "irish": "ireland", "israeli": "israel",
    "italian": "italy", "jamaican": "jamaica", "japanese": "japan", "jordanian": "jordan",
    "kazakh": "kazakhstan", "kenyan": "kenya", "korean": "korea", "kuwaiti": "kuwait", "latvian": "latvia",
    "lebanese": "lebanon", "libyan": "libya", "lithuanian": "lithuania", "malaysian": "malaysia",
    "mexican": "mexico", "moldovan": "moldova", "mongolian": "mongolia", "moroccan": "morocco",
    "nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan", "palestinian": "palestine",
    "panamanian": "panama", "peruvian": "peru", "philippine": "philippines", "filipino": "philippines",
    "polish": "poland", "portuguese": "portugal", "qatari": "qatar", "romanian": "romania",
    "russian": "russia", "saudi": "saudi", "senegalese": "senegal", "serbian": "serbia",
    "singaporean": "singapore", "slovak": "slovakia", "slovenian": "slovenia", "somali": "somalia",
    "spanish": "spain", "sudanese": "sudan", "swedish": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "thai": "thailand", "tunisian": "tunisia",
    "turkish": "turkey", "ugandan": "uganda", "ukrainian": "ukraine", "uruguayan": "uruguay",
    "venezuelan": "venezuela", "vietnamese": "vietnam", "yemeni": "yemen", "zambian": "zambia",
    "zimbabwean": "zimbabwe", "scottish": "scotland", "welsh": "wales", "english": "england",
    "zealand": "zealand", "african": "africa",
}
