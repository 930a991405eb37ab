"""regionrel's pint definitions, embedded: the library reads no file at run time.

The same text as the package's ``units.txt`` (a test keeps the two equal), which stays
as the readable copy for users who prepare their own pint registry from it.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DEFINITIONS"]

#: The definitions pint parses (units, prefixes) and the currencies, one per line.
DEFINITIONS: Final = """\
# regionrel's own pint definitions: a small file instead of pint's default registry.
#
# Loaded by regionrel.units.registry() into a registry built with
# pint.UnitRegistry(None, non_int_type=Decimal), so that conversions stay exact.
# Names follow pint's default_en.txt, so that quantities read the same in a
# user's registry. Every currency has a dimension of its own: USD and RUB never
# mix, and converting one into the other takes regionrel.ExchangeRates.

#### PREFIXES ####
milli- = 1e-3 = m-
centi- = 1e-2 = c-
deci- = 1e-1 = d-
kilo- = 1e3 = k-
mega- = 1e6 = M-
giga- = 1e9 = G-
tera- = 1e12 = T-

#### BASE UNITS ####
meter = [length] = m = metre
second = [time] = s = sec
gram = [mass] = g

#### DIMENSIONLESS ####
percent = 0.01 = %
piece = 1 = pcs

#### TIME ####
minute = 60 * second = min
hour = 60 * minute = h = hr
day = 24 * hour = d

#### MASS ####
metric_ton = 1e3 * kilogram = t = tonne

#### VOLUME ####
[volume] = [length] ** 3
cubic_meter = meter ** 3 = m3 = m³
liter = decimeter ** 3 = l = L = litre
oil_barrel = 158.987294928 * liter = bbl = barrel

#### ENERGY AND POWER ####
newton = kilogram * meter / second ** 2 = N
joule = newton * meter = J
watt = joule / second = W
watt_hour = watt * hour = Wh = watthour
tonne_of_oil_equivalent = 41.868e9 * joule = toe

#### CURRENCIES ####
# ISO 4217 active codes (list one), as regionrel.money.CURRENCIES holds them.
AED = [currency_AED]
AFN = [currency_AFN]
ALL = [currency_ALL]
AMD = [currency_AMD]
AOA = [currency_AOA]
ARS = [currency_ARS]
AUD = [currency_AUD]
AWG = [currency_AWG]
AZN = [currency_AZN]
BAM = [currency_BAM]
BBD = [currency_BBD]
BDT = [currency_BDT]
BHD = [currency_BHD]
BIF = [currency_BIF]
BMD = [currency_BMD]
BND = [currency_BND]
BOB = [currency_BOB]
BOV = [currency_BOV]
BRL = [currency_BRL]
BSD = [currency_BSD]
BTN = [currency_BTN]
BWP = [currency_BWP]
BYN = [currency_BYN]
BZD = [currency_BZD]
CAD = [currency_CAD]
CDF = [currency_CDF]
CHE = [currency_CHE]
CHF = [currency_CHF]
CHW = [currency_CHW]
CLF = [currency_CLF]
CLP = [currency_CLP]
CNY = [currency_CNY]
COP = [currency_COP]
COU = [currency_COU]
CRC = [currency_CRC]
CUP = [currency_CUP]
CVE = [currency_CVE]
CZK = [currency_CZK]
DJF = [currency_DJF]
DKK = [currency_DKK]
DOP = [currency_DOP]
DZD = [currency_DZD]
EGP = [currency_EGP]
ERN = [currency_ERN]
ETB = [currency_ETB]
EUR = [currency_EUR]
FJD = [currency_FJD]
FKP = [currency_FKP]
GBP = [currency_GBP]
GEL = [currency_GEL]
GHS = [currency_GHS]
GIP = [currency_GIP]
GMD = [currency_GMD]
GNF = [currency_GNF]
GTQ = [currency_GTQ]
GYD = [currency_GYD]
HKD = [currency_HKD]
HNL = [currency_HNL]
HTG = [currency_HTG]
HUF = [currency_HUF]
IDR = [currency_IDR]
ILS = [currency_ILS]
INR = [currency_INR]
IQD = [currency_IQD]
IRR = [currency_IRR]
ISK = [currency_ISK]
JMD = [currency_JMD]
JOD = [currency_JOD]
JPY = [currency_JPY]
KES = [currency_KES]
KGS = [currency_KGS]
KHR = [currency_KHR]
KMF = [currency_KMF]
KPW = [currency_KPW]
KRW = [currency_KRW]
KWD = [currency_KWD]
KYD = [currency_KYD]
KZT = [currency_KZT]
LAK = [currency_LAK]
LBP = [currency_LBP]
LKR = [currency_LKR]
LRD = [currency_LRD]
LSL = [currency_LSL]
LYD = [currency_LYD]
MAD = [currency_MAD]
MDL = [currency_MDL]
MGA = [currency_MGA]
MKD = [currency_MKD]
MMK = [currency_MMK]
MNT = [currency_MNT]
MOP = [currency_MOP]
MRU = [currency_MRU]
MUR = [currency_MUR]
MVR = [currency_MVR]
MWK = [currency_MWK]
MXN = [currency_MXN]
MXV = [currency_MXV]
MYR = [currency_MYR]
MZN = [currency_MZN]
NAD = [currency_NAD]
NGN = [currency_NGN]
NIO = [currency_NIO]
NOK = [currency_NOK]
NPR = [currency_NPR]
NZD = [currency_NZD]
OMR = [currency_OMR]
PAB = [currency_PAB]
PEN = [currency_PEN]
PGK = [currency_PGK]
PHP = [currency_PHP]
PKR = [currency_PKR]
PLN = [currency_PLN]
PYG = [currency_PYG]
QAR = [currency_QAR]
RON = [currency_RON]
RSD = [currency_RSD]
RUB = [currency_RUB]
RWF = [currency_RWF]
SAR = [currency_SAR]
SBD = [currency_SBD]
SCR = [currency_SCR]
SDG = [currency_SDG]
SEK = [currency_SEK]
SGD = [currency_SGD]
SHP = [currency_SHP]
SLE = [currency_SLE]
SOS = [currency_SOS]
SRD = [currency_SRD]
SSP = [currency_SSP]
STN = [currency_STN]
SVC = [currency_SVC]
SYP = [currency_SYP]
SZL = [currency_SZL]
THB = [currency_THB]
TJS = [currency_TJS]
TMT = [currency_TMT]
TND = [currency_TND]
TOP = [currency_TOP]
TRY = [currency_TRY]
TTD = [currency_TTD]
TWD = [currency_TWD]
TZS = [currency_TZS]
UAH = [currency_UAH]
UGX = [currency_UGX]
USD = [currency_USD]
USN = [currency_USN]
UYI = [currency_UYI]
UYU = [currency_UYU]
UYW = [currency_UYW]
UZS = [currency_UZS]
VED = [currency_VED]
VES = [currency_VES]
VND = [currency_VND]
VUV = [currency_VUV]
WST = [currency_WST]
XAD = [currency_XAD]
XAF = [currency_XAF]
XAG = [currency_XAG]
XAU = [currency_XAU]
XBA = [currency_XBA]
XBB = [currency_XBB]
XBC = [currency_XBC]
XBD = [currency_XBD]
XCD = [currency_XCD]
XCG = [currency_XCG]
XDR = [currency_XDR]
XOF = [currency_XOF]
XPD = [currency_XPD]
XPF = [currency_XPF]
XPT = [currency_XPT]
XSU = [currency_XSU]
XTS = [currency_XTS]
XUA = [currency_XUA]
XXX = [currency_XXX]
YER = [currency_YER]
ZAR = [currency_ZAR]
ZMW = [currency_ZMW]
ZWG = [currency_ZWG]
"""
