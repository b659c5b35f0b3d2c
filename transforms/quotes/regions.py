"""States, provinces and countries as news writes them after a city and a comma ("Worcester,
Massachusetts", "Cork, Ireland", "Lviv, Ukraine"): a place, never a person's name set off after the
city ("A woman in Kharkiv, Olena, said"). English names; for names of two words or more, each word
that ends one ("New York" -> "York", "South Africa" -> "Africa"). A data table (issue 16, s59)."""
from __future__ import annotations

from typing import Final

REGIONS: Final = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma
Oregon Pennsylvania Island Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Columbia
D.C. Calif. Fla. Mass. Mich. Minn. Wis. Ore. Wash. Ga. Ala. Ariz. Ark. Colo. Conn. Del. Ill. Ind.
Kan. Ky. La. Md. Miss. Mo. Mont. Neb. Nev. Okla. Pa. Tenn. Tex. Va. Vt. Wyo. N.H. N.J. N.M. N.Y.
N.C. N.D. S.C. S.D. R.I. W.Va.
Ontario Quebec Alberta Manitoba Saskatchewan Scotia Brunswick Labrador Newfoundland Yukon Nunavut
Queensland Victoria Tasmania Wales Territory England Scotland Ireland Britain Kingdom
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Herzegovina Botswana Brazil
Brunei Bulgaria Burkina Faso Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo
Croatia Cuba Cyprus Czechia Republic Denmark Djibouti Dominica Ecuador Egypt Salvador Eritrea Estonia
Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala Guinea Guyana
Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Israel Italy Jamaica Japan Jordan Kazakhstan
Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Moldova Monaco
Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Zealand Nicaragua Niger
Nigeria Korea Macedonia Norway Oman Pakistan Palau Palestine Panama Papua Paraguay Peru Philippines
Poland Portugal Qatar Romania Russia Rwanda Samoa Marino Arabia Senegal Serbia Seychelles Leone
Singapore Slovakia Slovenia Somalia Africa Sudan Spain Lanka Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Tobago Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda
Ukraine Emirates States Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
Gaza Bank Crimea Donbas Kashmir Catalonia Bavaria Flanders Tibet Xinjiang Kurdistan
""".split())
