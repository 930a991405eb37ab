"""The audit's full text for one slip in each rule: findings, evidence, suggestion and cause."""

from __future__ import annotations

from typing import Any

import pytest

from regionrel.audit import TradeReport

CASES: dict[str, tuple[dict[str, Any], str]] = {
    "balance": (
        {"turnover": "11,224.9", "exports": "7,109", "imports": "4,115.9", "balance": "2,939.1"},
        (
            "Audit: 1 error\n"
            "  [error] balance: balance = exports - imports does not hold for exports 7,109, imports 4,115.9, balance 2,939.1: the other figures give balance 2,993.1 (2,992.6 to 2,993.7), not 2,939.1\n"
            "  Suspects #1: {balance}: Balance 2,939.1 does not agree with the other figures: balance = exports - imports (exports 7,109, imports 4,115.9) gives 2,993.1 (2,992.6 to 2,993.7). These agree as published: turnover = exports + imports (turnover 11,224.9, exports 7,109, imports 4,115.9). Every rule holds with balance 2,993.1, and not with 2,939.1. Likely a typing error: two adjacent digits swapped: '93' typed as '39' (digits swapped) at character 4 of '2,939.1'."
        ),
    ),
    "exceed": (
        {"exports": "7,109", "imports": "4,115.9", "exports_exceed_imports_by": "37%"},
        (
            "Audit: 1 error\n"
            "  [error] exports_exceed_imports_by: exports / imports - 1 = the excess of exports over imports does not hold for exports 7,109, imports 4,115.9, exports exceed imports by 37%: the other figures give exports exceed imports by 73%, not 37%\n"
            "  Suspects #1: {exports_exceed_imports_by}: Exports exceed imports by 37% does not agree with the other figures: exports / imports - 1 = the excess of exports over imports (exports 7,109, imports 4,115.9) gives 73%. Every rule holds with exports exceed imports by 73%, and not with 37%. Likely a typing error: two adjacent digits swapped: '73' typed as '37' (digits swapped) at character 1 of '37'.\n"
            "  Suspects #2: {exports}: Exports 7,109 does not agree with the other figures: exports / imports - 1 = the excess of exports over imports (imports 4,115.9, exports exceed imports by 37%) gives 5,639 (5,618 to 5,659). Every rule (exports exceed imports by 37% included) holds with exports 5,639, and not with 7,109. No simple slip explains exports: it needs 5,639 (5,618 to 5,659).\n"
            "  Suspects #3: {imports}: Imports 4,115.9 does not agree with the other figures: exports / imports - 1 = the excess of exports over imports (exports 7,109, exports exceed imports by 37%) gives 5,189.1 (5,169.8 to 5,208.4). Every rule (exports exceed imports by 37% included) holds with imports 5,189.1, and not with 4,115.9. No simple slip explains imports: it needs 5,189.1 (5,169.8 to 5,208.4)."
        ),
    ),
    "imports_exceed": (
        {"exports": "4,115.9", "imports": "7,109", "imports_exceed_exports_by": "37%"},
        (
            "Audit: 1 error\n"
            "  [error] imports_exceed_exports_by: imports / exports - 1 = the excess of imports over exports does not hold for exports 4,115.9, imports 7,109, imports exceed exports by 37%: the other figures give imports exceed exports by 73%, not 37%\n"
            "  Suspects #1: {imports_exceed_exports_by}: Imports exceed exports by 37% does not agree with the other figures: imports / exports - 1 = the excess of imports over exports (exports 4,115.9, imports 7,109) gives 73%. Every rule holds with imports exceed exports by 73%, and not with 37%. Likely a typing error: two adjacent digits swapped: '73' typed as '37' (digits swapped) at character 1 of '37'.\n"
            "  Suspects #2: {exports}: Exports 4,115.9 does not agree with the other figures: imports / exports - 1 = the excess of imports over exports (imports 7,109, imports exceed exports by 37%) gives 5,189.1 (5,169.8 to 5,208.4). Every rule (imports exceed exports by 37% included) holds with exports 5,189.1, and not with 4,115.9. No simple slip explains exports: it needs 5,189.1 (5,169.8 to 5,208.4).\n"
            "  Suspects #3: {imports}: Imports 7,109 does not agree with the other figures: imports / exports - 1 = the excess of imports over exports (exports 4,115.9, imports exceed exports by 37%) gives 5,639 (5,618 to 5,659). Every rule (imports exceed exports by 37% included) holds with imports 5,639, and not with 7,109. No simple slip explains imports: it needs 5,639 (5,618 to 5,659)."
        ),
    ),
    "growth": (
        {
            "exports": "7,109",
            "exports_previous": "5,655.5",
            "exports_growth": "52.7%",
            "imports": "4,115.9",
            "imports_previous": "3,585.3",
            "imports_growth": "14.8%",
        },
        (
            "Audit: 2 errors\n"
            "  [error] exports_growth: exports growth = exports / previous exports - 1 does not hold for exports 7,109, exports growth +52.7%, previous exports 5,655.5: the other figures give exports growth +25.7%, not +52.7%\n"
            "  [error] turnover_growth_from_flows: turnover growth agrees with the growth of exports and imports does not hold for exports 7,109, exports growth +52.7%, previous exports 5,655.5, imports 4,115.9, imports growth +14.8%, previous imports 3,585.3\n"
            "  The evidence cannot decide between these explanations:\n"
            "  Suspects #1: {exports_growth}: Exports growth +52.7% does not agree with the other figures: exports growth = exports / previous exports - 1 (exports 7,109, previous exports 5,655.5) gives +25.7%; turnover growth agrees with the growth of exports and imports (exports 7,109, previous exports 5,655.5, imports 4,115.9, imports growth +14.8%, previous imports 3,585.3) gives +25.7%. These agree as published: imports growth = imports / previous imports - 1 (imports 4,115.9, imports growth +14.8%, previous imports 3,585.3). Every rule (imports growth +14.8% included) holds with exports growth +25.7%, and not with +52.7%. Likely a typing error: two adjacent digits swapped: '25' typed as '52' (digits swapped) at character 1 of '52.7'.\n"
            "  Suspects #2: {exports_previous}: Previous exports 5,655.5 does not agree with the other figures: exports growth = exports / previous exports - 1 (exports 7,109, exports growth +52.7%) gives 4,655.5 (4,653.7 to 4,657.4); turnover growth agrees with the growth of exports and imports (exports 7,109, exports growth +52.7%, imports 4,115.9, imports growth +14.8%, previous imports 3,585.3) gives 4,655.5 (4,653.7 to 4,657.4). These agree as published: imports growth = imports / previous imports - 1 (imports 4,115.9, imports growth +14.8%, previous imports 3,585.3). Every rule (exports growth +52.7%, imports growth +14.8% included) holds with previous exports 4,655.5, and not with 5,655.5. Likely a typing error: one digit mistyped: '4' typed as '5' at character 1 of '5,655.5'.\n"
            "  Suspects #3: {exports}: Exports 7,109 does not agree with the other figures: exports growth = exports / previous exports - 1 (exports growth +52.7%, previous exports 5,655.5) gives 8,636 (8,633 to 8,639); turnover growth agrees with the growth of exports and imports (exports growth +52.7%, previous exports 5,655.5, imports 4,115.9, imports growth +14.8%, previous imports 3,585.3) gives 8,636 (8,633 to 8,639). These agree as published: imports growth = imports / previous imports - 1 (imports 4,115.9, imports growth +14.8%, previous imports 3,585.3). Every rule (exports growth +52.7%, imports growth +14.8% included) holds with exports 8,636, and not with 7,109. No simple slip explains exports: it needs 8,636 (8,633 to 8,639)."
        ),
    ),
    "previous": (
        {
            "turnover_previous": "9,420.8",
            "exports_previous": "5,655.5",
            "imports_previous": "3,585.3",
            "balance_previous": "2,070.2",
        },
        (
            "Audit: 1 error\n"
            "  [error] turnover_previous: previous turnover = previous exports + previous imports does not hold for previous turnover 9,420.8, previous exports 5,655.5, previous imports 3,585.3: the other figures give previous turnover 9,240.8 (9,240.7 to 9,240.9), not 9,420.8\n"
            "  Suspects #1: {turnover_previous}: Previous turnover 9,420.8 does not agree with the other figures: previous turnover = previous exports + previous imports (previous exports 5,655.5, previous imports 3,585.3) gives 9,240.8 (9,240.7 to 9,240.9). These agree as published: previous balance = previous exports - previous imports (previous exports 5,655.5, previous imports 3,585.3, previous balance 2,070.2). Every rule holds with previous turnover 9,240.8, and not with 9,420.8. Likely a typing error: two adjacent digits swapped: '24' typed as '42' (digits swapped) at character 3 of '9,420.8'."
        ),
    ),
    "balance_previous": (
        {
            "exports_previous": "5,655.5",
            "imports_previous": "3,585.3",
            "balance_previous": "2,007.2",
        },
        (
            "Audit: 1 error\n"
            "  [error] balance_previous: previous balance = previous exports - previous imports does not hold for previous exports 5,655.5, previous imports 3,585.3, previous balance 2,007.2: the other figures give previous balance 2,070.2 (2,070.1 to 2,070.3), not 2,007.2\n"
            "  Suspects #1: {balance_previous}: Previous balance 2,007.2 does not agree with the other figures: previous balance = previous exports - previous imports (previous exports 5,655.5, previous imports 3,585.3) gives 2,070.2 (2,070.1 to 2,070.3). Every rule holds with previous balance 2,070.2, and not with 2,007.2. Likely a typing error: two adjacent digits swapped: '70' typed as '07' (digits swapped) at character 4 of '2,007.2'.\n"
            "  Suspects #2: {exports_previous}: Previous exports 5,655.5 does not agree with the other figures: previous balance = previous exports - previous imports (previous imports 3,585.3, previous balance 2,007.2) gives 5,592.5 (5,592.4 to 5,592.6). Every rule holds with previous exports 5,592.5, and not with 5,655.5. No simple slip explains exports_previous: it needs 5,592.5 (5,592.4 to 5,592.6).\n"
            "  Suspects #3: {imports_previous}: Previous imports 3,585.3 does not agree with the other figures: previous balance = previous exports - previous imports (previous exports 5,655.5, previous balance 2,007.2) gives 3,648.3 (3,648.2 to 3,648.4). Every rule holds with previous imports 3,648.3, and not with 3,585.3. No simple slip explains imports_previous: it needs 3,648.3 (3,648.2 to 3,648.4)."
        ),
    ),
    "scale_up": (
        {"exports": "7,109", "imports": "4,115,900", "turnover": "11,224.9"},
        (
            "Audit: 1 error\n"
            "  [error] turnover: turnover = exports + imports does not hold for turnover 11,224.9, exports 7,109, imports 4,115,900: the other figures give turnover 4,123,009 (4,123,008 to 4,123,010), not 11,224.9\n"
            "  Suspects #1: {imports}: Imports 4,115,900 does not agree with the other figures: turnover = exports + imports (turnover 11,224.9, exports 7,109) gives 4,116 (4,115 to 4,116). Every rule holds with imports 4,115.900, and not with 4,115,900. Likely a scale error: written a thousand times too large (millions for thousands?).\n"
            "  Suspects #2: {turnover}: Turnover 11,224.9 does not agree with the other figures: turnover = exports + imports (exports 7,109, imports 4,115,900) gives 4,123,009 (4,123,008 to 4,123,010). Every rule holds with turnover 4,123,009.0, and not with 11,224.9. No simple slip explains turnover: it needs 4,123,009 (4,123,008 to 4,123,010)."
        ),
    ),
    "share": (
        {"turnover": "11,224.9", "shares": {"CN": "51.6%"}, "partner_turnover": {"CN": "1,751"}},
        (
            "Audit: 1 error\n"
            "  [error] share:turnover:CN: CN's share of turnover = turnover with CN / turnover does not hold for turnover 11,224.9, CN's share of turnover 51.6%, turnover with CN 1,751: the other figures give CN's share of turnover 15.6%, not 51.6%\n"
            "  Suspects #1: {share:CN}: CN's share of turnover 51.6% does not agree with the other figures: CN's share of turnover = turnover with CN / turnover (turnover 11,224.9, turnover with CN 1,751) gives 15.6%. Every rule holds with CN's share of turnover 15.6%, and not with 51.6%. Likely a typing error: two adjacent digits swapped: '15' typed as '51' (digits swapped) at character 1 of '51.6'.\n"
            "  Suspects #2: {turnover}: Turnover 11,224.9 does not agree with the other figures: CN's share of turnover = turnover with CN / turnover (CN's share of turnover 51.6%, turnover with CN 1,751) gives 3,393.4 (3,389.2 to 3,397.7). Every rule (CN's share of turnover 51.6% included) holds with turnover 3,393.4, and not with 11,224.9. No simple slip explains turnover: it needs 3,393.4 (3,389.2 to 3,397.7).\n"
            "  Suspects #3: {partner:CN}: Turnover with CN 1,751 does not agree with the other figures: CN's share of turnover = turnover with CN / turnover (turnover 11,224.9, CN's share of turnover 51.6%) gives 5,792 (5,786 to 5,798). Every rule (CN's share of turnover 51.6% included) holds with turnover with CN 5,792, and not with 1,751. No simple slip explains partner:CN: it needs 5,792 (5,786 to 5,798)."
        ),
    ),
    "export_share": (
        {"exports": "7,109", "export_shares": {"CN": "41%"}, "partner_exports": {"CN": "1,000"}},
        (
            "Audit: 1 error\n"
            "  [error] share:exports:CN: CN's share of exports = exports with CN / exports does not hold for exports 7,109, CN's share of exports 41%, exports with CN 1,000: the other figures give CN's share of exports 14%, not 41%\n"
            "  Suspects #1: {share:exports:CN}: CN's share of exports 41% does not agree with the other figures: CN's share of exports = exports with CN / exports (exports 7,109, exports with CN 1,000) gives 14%. Every rule holds with CN's share of exports 14%, and not with 41%. Likely a typing error: two adjacent digits swapped: '14' typed as '41' (digits swapped) at character 1 of '41'.\n"
            "  Suspects #2: {exports}: Exports 7,109 does not agree with the other figures: CN's share of exports = exports with CN / exports (CN's share of exports 41%, exports with CN 1,000) gives 2,439 (2,408 to 2,470). Every rule (CN's share of exports 41% included) holds with exports 2,439, and not with 7,109. No simple slip explains exports: it needs 2,439 (2,408 to 2,470).\n"
            "  Suspects #3: {partner:exports:CN}: Exports with CN 1,000 does not agree with the other figures: CN's share of exports = exports with CN / exports (exports 7,109, CN's share of exports 41%) gives 2,915 (2,879 to 2,950). Every rule (CN's share of exports 41% included) holds with exports with CN 2,915, and not with 1,000. No simple slip explains partner:exports:CN: it needs 2,915 (2,879 to 2,950)."
        ),
    ),
    "import_share": (
        {"imports": "4,115.9", "import_shares": {"CN": "2.7%"}, "partner_imports": {"CN": "851"}},
        (
            "Audit: 1 error\n"
            "  [error] share:imports:CN: CN's share of imports = imports with CN / imports does not hold for imports 4,115.9, CN's share of imports 2.7%, imports with CN 851: the other figures give CN's share of imports 20.7%, not 2.7%\n"
            "  Suspects #1: {share:imports:CN}: CN's share of imports 2.7% does not agree with the other figures: CN's share of imports = imports with CN / imports (imports 4,115.9, imports with CN 851) gives 20.7%. Every rule holds with CN's share of imports 20.7%, and not with 2.7%. Likely a typing error: a digit dropped: '0' left out at character 2 of '2.7'.\n"
            "  Suspects #2: {imports}: Imports 4,115.9 does not agree with the other figures: CN's share of imports = imports with CN / imports (CN's share of imports 2.7%, imports with CN 851) gives 31,529.7 (30,927.3 to 32,132.1). Every rule (CN's share of imports 2.7% included) holds with imports 31,529.7, and not with 4,115.9. No simple slip explains imports: it needs 31,529.7 (30,927.3 to 32,132.1).\n"
            "  Suspects #3: {partner:imports:CN}: Imports with CN 851 does not agree with the other figures: CN's share of imports = imports with CN / imports (imports 4,115.9, CN's share of imports 2.7%) gives 111 (109 to 113). Every rule (CN's share of imports 2.7% included) holds with imports with CN 111, and not with 851. No simple slip explains partner:imports:CN: it needs 111 (109 to 113)."
        ),
    ),
    "partner_flows": (
        {
            "partner_turnover": {"CN": "1,751"},
            "partner_exports": {"CN": "1,000"},
            "partner_imports": {"CN": "715"},
        },
        (
            "Audit: 1 error\n"
            "  [error] partner:CN: turnover with CN = exports to it + imports from it does not hold for turnover with CN 1,751, exports with CN 1,000, imports with CN 715: the other figures give turnover with CN 1,715 (1,714 to 1,716), not 1,751\n"
            "  The evidence cannot decide between these explanations:\n"
            "  Suspects #1: {partner:CN}: Turnover with CN 1,751 does not agree with the other figures: turnover with CN = exports to it + imports from it (exports with CN 1,000, imports with CN 715) gives 1,715 (1,714 to 1,716). Every rule holds with turnover with CN 1,715, and not with 1,751. Likely a typing error: two adjacent digits swapped: '15' typed as '51' (digits swapped) at character 4 of '1,751'.\n"
            "  Suspects #2: {partner:imports:CN}: Imports with CN 715 does not agree with the other figures: turnover with CN = exports to it + imports from it (turnover with CN 1,751, exports with CN 1,000) gives 751 (750 to 752). Every rule holds with imports with CN 751, and not with 715. Likely a typing error: two adjacent digits swapped: '51' typed as '15' (digits swapped) at character 2 of '715'.\n"
            "  Suspects #3: {partner:exports:CN}: Exports with CN 1,000 does not agree with the other figures: turnover with CN = exports to it + imports from it (turnover with CN 1,751, imports with CN 715) gives 1,036 (1,035 to 1,037). Every rule holds with exports with CN 1,036, and not with 1,000. No simple slip explains partner:exports:CN: it needs 1,036 (1,035 to 1,037)."
        ),
    ),
    "shares_sum": (
        {"export_shares": {"CN": "65.6%", "NL": "49.2%"}},
        (
            "Audit: 1 error\n"
            "  [error] shares:exports: the partners' shares of exports add up to at most 100% does not hold for CN's share of exports 65.6%, NL's share of exports 49.2%\n"
            "  The evidence cannot decide between these explanations:\n"
            "  Suspects #1: {share:exports:CN}: CN's share of exports 65.6% does not agree with the other figures: the partners' shares of exports add up to at most 100% (NL's share of exports 49.2%) gives 25.4% (0.0% to 50.9%). Every rule (NL's share of exports 49.2% included) holds with CN's share of exports 45.6%, and not with 65.6%. The evidence cannot decide between: share:exports:CN '45.6%' (typing error: one digit mistyped: '4' typed as '6' at character 1 of '65.6'); share:exports:CN '35.6%' (typing error: one digit mistyped: '3' typed as '6' at character 1 of '65.6'); share:exports:CN '25.6%' (typing error: one digit mistyped: '2' typed as '6' at character 1 of '65.6'); share:exports:CN '15.6%' (typing error: one digit mistyped: '1' typed as '6' at character 1 of '65.6'); share:exports:CN '6.6%' (typing error: an extra digit typed: extra '5' typed at character 2 of '65.6'); share:exports:CN '5.6%' (typing error: an extra digit typed: extra '6' typed at character 1 of '65.6').\n"
            "  Suspects #2: {share:exports:NL}: NL's share of exports 49.2% does not agree with the other figures: the partners' shares of exports add up to at most 100% (CN's share of exports 65.6%) gives 17.2% (0.0% to 34.5%). Every rule (CN's share of exports 65.6% included) holds with NL's share of exports 29.2%, and not with 49.2%. The evidence cannot decide between: share:exports:NL '29.2%' (typing error: one digit mistyped: '2' typed as '4' at character 1 of '49.2'); share:exports:NL '19.2%' (typing error: one digit mistyped: '1' typed as '4' at character 1 of '49.2'); share:exports:NL '9.2%' (typing error: an extra digit typed: extra '4' typed at character 1 of '49.2'); share:exports:NL '4.2%' (typing error: an extra digit typed: extra '9' typed at character 2 of '49.2')."
        ),
    ),
    "imports_rank": (
        {"imports": "100", "ranks": {"imports": "2"}, "rank_values": {"imports": {"A": "50"}}},
        ("Audit: every rule holds"),
    ),
    "turnover_growth": (
        {"turnover": "11,224.9", "turnover_previous": "9,240.8", "turnover_growth": "12.5%"},
        (
            "Audit: 1 error\n"
            "  [error] turnover_growth: turnover growth = turnover / previous turnover - 1 does not hold for turnover 11,224.9, turnover growth +12.5%, previous turnover 9,240.8: the other figures give turnover growth +21.5%, not +12.5%\n"
            "  Suspects #1: {turnover_growth}: Turnover growth +12.5% does not agree with the other figures: turnover growth = turnover / previous turnover - 1 (turnover 11,224.9, previous turnover 9,240.8) gives +21.5%. Every rule holds with turnover growth +21.5%, and not with +12.5%. Likely a typing error: two adjacent digits swapped: '21' typed as '12' (digits swapped) at character 1 of '12.5'.\n"
            "  Suspects #2: {turnover}: Turnover 11,224.9 does not agree with the other figures: turnover growth = turnover / previous turnover - 1 (turnover growth +12.5%, previous turnover 9,240.8) gives 10,395.9 (10,391.2 to 10,400.6). Every rule (turnover growth +12.5% included) holds with turnover 10,395.9, and not with 11,224.9. No simple slip explains turnover: it needs 10,395.9 (10,391.2 to 10,400.6).\n"
            "  Suspects #3: {turnover_previous}: Previous turnover 9,240.8 does not agree with the other figures: turnover growth = turnover / previous turnover - 1 (turnover 11,224.9, turnover growth +12.5%) gives 9,977.7 (9,973.2 to 9,982.2). Every rule (turnover growth +12.5% included) holds with previous turnover 9,977.7, and not with 9,240.8. No simple slip explains turnover_previous: it needs 9,977.7 (9,973.2 to 9,982.2)."
        ),
    ),
    "index": (
        {"imports": "4,115.9", "imports_previous": "3,585.3", "imports_index": "141.8%"},
        (
            "Audit: 1 error\n"
            "  [error] imports_growth: imports growth = imports / previous imports - 1 does not hold for imports 4,115.9, imports index 141.8%, previous imports 3,585.3: the other figures give imports index 114.8%, not 141.8%\n"
            "  Suspects #1: {imports_index}: Imports index 141.8% does not agree with the other figures: imports growth = imports / previous imports - 1 (imports 4,115.9, previous imports 3,585.3) gives 114.8%. Every rule holds with imports index 114.8%, and not with 141.8%. Likely a typing error: two adjacent digits swapped: '14' typed as '41' (digits swapped) at character 2 of '141.8'.\n"
            "  Suspects #2: {imports}: Imports 4,115.9 does not agree with the other figures: imports growth = imports / previous imports - 1 (imports index 141.8%, previous imports 3,585.3) gives 5,084.0 (5,082.1 to 5,085.8). Every rule (imports index 141.8% included) holds with imports 5,084.0, and not with 4,115.9. No simple slip explains imports: it needs 5,084.0 (5,082.1 to 5,085.8).\n"
            "  Suspects #3: {imports_previous}: Previous imports 3,585.3 does not agree with the other figures: imports growth = imports / previous imports - 1 (imports 4,115.9, imports index 141.8%) gives 2,902.6 (2,901.6 to 2,903.7). Every rule (imports index 141.8% included) holds with previous imports 2,902.6, and not with 3,585.3. No simple slip explains imports_previous: it needs 2,902.6 (2,901.6 to 2,903.7)."
        ),
    ),
    "sign": (
        {"exports": "7,109", "imports": "4,115.9", "balance": "-2,993.1"},
        (
            "Audit: 1 error\n"
            "  [error] balance: balance = exports - imports does not hold for exports 7,109, imports 4,115.9, balance -2,993.1: the other figures give balance 2,993.1 (2,992.6 to 2,993.7), not -2,993.1\n"
            "  Suspects #1: {balance}: Balance -2,993.1 does not agree with the other figures: balance = exports - imports (exports 7,109, imports 4,115.9) gives 2,993.1 (2,992.6 to 2,993.7). Every rule holds with balance 2,993.1, and not with -2,993.1. Likely a sign error: sign flipped: -2,993.1 should read 2,993.1.\n"
            "  Suspects #2: {exports}: Exports 7,109 does not agree with the other figures: balance = exports - imports (imports 4,115.9, balance -2,993.1) gives 1,123. Every rule holds with exports 1,123, and not with 7,109. No simple slip explains exports: it needs 1,123.\n"
            "  Suspects #3: {imports}: Imports 4,115.9 does not agree with the other figures: balance = exports - imports (exports 7,109, balance -2,993.1) gives 10,102.1 (10,101.6 to 10,102.7). Every rule holds with imports 10,102.1, and not with 4,115.9. No simple slip explains imports: it needs 10,102.1 (10,101.6 to 10,102.7)."
        ),
    ),
    "rounding_count": (
        {"exports": "7,109.0", "imports": "4,115.9", "balance": "2,993.3", "turnover": "11,225.0"},
        (
            "Audit: 1 error\n"
            "  [error] balance: balance = exports - imports does not hold for exports 7,109.0, imports 4,115.9, balance 2,993.3: the other figures give balance 2,993.1 (2,993.0 to 2,993.2), not 2,993.3\n"
            "  The evidence cannot decide between these explanations:\n"
            "  Suspects #1: {exports}: Exports 7,109.0 does not agree with the other figures: balance = exports - imports (imports 4,115.9, balance 2,993.3) gives 7,109.2 (7,109.1 to 7,109.3). Every rule holds with exports 7,109.1, and not with 7,109.0. The evidence cannot decide between: exports '7,109.1' (rounding slip: one unit of the last digit off: 7,109.0 should round up to 7,109.1); exports '7,109.2' (typing error: one digit mistyped: '2' typed as '0' at character 7 of '7,109.0'); exports '7,109.20' (typing error: a digit dropped: '2' left out at character 7 of '7,109.0').\n"
            "  Suspects #2: {balance}: Balance 2,993.3 does not agree with the other figures: balance = exports - imports (exports 7,109.0, imports 4,115.9) gives 2,993.1 (2,993.0 to 2,993.2). These agree as published: turnover = exports + imports (turnover 11,225.0, exports 7,109.0, imports 4,115.9). Every rule holds with balance 2,993.2, and not with 2,993.3. The evidence cannot decide between: balance '2,993.2' (rounding slip: one unit of the last digit off: 2,993.3 should round down to 2,993.2); balance '2,993.1' (typing error: one digit mistyped: '1' typed as '3' at character 7 of '2,993.3'); balance '2,993.13' (typing error: a digit dropped: '1' left out at character 7 of '2,993.3'); balance '2,993.0' (typing error: one digit mistyped: '0' typed as '3' at character 7 of '2,993.3')."
        ),
    ),
    "two_holding": (
        {
            "turnover_previous": "9,240.8",
            "exports_previous": "5,655.5",
            "imports_previous": "3,585.3",
            "balance_previous": "2,070.2",
            "exports": "7,109",
            "imports": "4,115.9",
            "exports_exceed_imports_by": "37%",
        },
        (
            "Audit: 1 error\n"
            "  [error] exports_exceed_imports_by: exports / imports - 1 = the excess of exports over imports does not hold for exports 7,109, imports 4,115.9, exports exceed imports by 37%: the other figures give exports exceed imports by 73%, not 37%\n"
            "  Suspects #1: {exports_exceed_imports_by}: Exports exceed imports by 37% does not agree with the other figures: exports / imports - 1 = the excess of exports over imports (exports 7,109, imports 4,115.9) gives 73%. These agree as published: previous turnover = previous exports + previous imports (previous turnover 9,240.8, previous exports 5,655.5, previous imports 3,585.3); previous balance = previous exports - previous imports (previous exports 5,655.5, previous imports 3,585.3, previous balance 2,070.2). Every rule holds with exports exceed imports by 73%, and not with 37%. Likely a typing error: two adjacent digits swapped: '73' typed as '37' (digits swapped) at character 1 of '37'.\n"
            "  Suspects #2: {exports}: Exports 7,109 does not agree with the other figures: exports / imports - 1 = the excess of exports over imports (imports 4,115.9, exports exceed imports by 37%) gives 5,639 (5,618 to 5,659). These agree as published: previous turnover = previous exports + previous imports (previous turnover 9,240.8, previous exports 5,655.5, previous imports 3,585.3); previous balance = previous exports - previous imports (previous exports 5,655.5, previous imports 3,585.3, previous balance 2,070.2). Every rule (exports exceed imports by 37% included) holds with exports 5,639, and not with 7,109. No simple slip explains exports: it needs 5,639 (5,618 to 5,659).\n"
            "  Suspects #3: {imports}: Imports 4,115.9 does not agree with the other figures: exports / imports - 1 = the excess of exports over imports (exports 7,109, exports exceed imports by 37%) gives 5,189.1 (5,169.8 to 5,208.4). These agree as published: previous turnover = previous exports + previous imports (previous turnover 9,240.8, previous exports 5,655.5, previous imports 3,585.3); previous balance = previous exports - previous imports (previous exports 5,655.5, previous imports 3,585.3, previous balance 2,070.2). Every rule (exports exceed imports by 37% included) holds with imports 5,189.1, and not with 4,115.9. No simple slip explains imports: it needs 5,189.1 (5,169.8 to 5,208.4)."
        ),
    ),
    "two_errors": (
        {
            "exports": "7,109",
            "imports": "4,115.9",
            "turnover": "10,224.9",
            "balance": "2,893.1",
            "exports_exceed_imports_by": "73%",
            "imports_exceed_exports_by": "-42.1%",
        },
        (
            "Audit: 2 errors\n"
            "  [error] turnover: turnover = exports + imports does not hold for turnover 10,224.9, exports 7,109, imports 4,115.9: the other figures give turnover 11,224.9 (11,224.4 to 11,225.5), not 10,224.9\n"
            "  [error] balance: balance = exports - imports does not hold for exports 7,109, imports 4,115.9, balance 2,893.1: the other figures give balance 2,993.1 (2,992.6 to 2,993.7), not 2,893.1\n"
            "  Suspects #1: {balance, turnover}: Turnover 10,224.9 does not agree with the other figures: turnover = exports + imports (exports 7,109, imports 4,115.9). Balance 2,893.1 does not agree with the other figures: balance = exports - imports (exports 7,109, imports 4,115.9). These agree as published: exports / imports - 1 = the excess of exports over imports (exports 7,109, imports 4,115.9, exports exceed imports by 73%); imports / exports - 1 = the excess of imports over exports (exports 7,109, imports 4,115.9, imports exceed exports by -42.1%). Every rule (exports exceed imports by 73%, imports exceed exports by -42.1% included) holds with turnover 11,224.9, balance 2,993.1, and not with 10,224.9, 2,893.1. Likely a typing error: one digit mistyped: '1' typed as '0' at character 2 of '10,224.9'; likely a typing error: one digit mistyped: '9' typed as '8' at character 3 of '2,893.1'."
        ),
    ),
    "scale_down": (
        {"exports": "7,109", "imports": "4.1159", "balance": "2,993.1", "turnover": "11,224.9"},
        (
            "Audit: 2 errors\n"
            "  [error] turnover: turnover = exports + imports does not hold for turnover 11,224.9, exports 7,109, imports 4.1159: the other figures give turnover 7,113.1 (7,112.6 to 7,113.6), not 11,224.9\n"
            "  [error] balance: balance = exports - imports does not hold for exports 7,109, imports 4.1159, balance 2,993.1: the other figures give balance 7,104.9 (7,104.4 to 7,105.4), not 2,993.1\n"
            "  Suspects #1: {imports}: Imports 4.1159 does not agree with the other figures: turnover = exports + imports (turnover 11,224.9, exports 7,109) gives 4,115.90 (4,115.35 to 4,116.45); balance = exports - imports (exports 7,109, balance 2,993.1) gives 4,115.90 (4,115.35 to 4,116.45). Every rule holds with imports 4,115.9, and not with 4.1159. Likely a scale error: written a thousand times too small (thousands for millions?)."
        ),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_audit_reads_exactly(case: str) -> None:
    figures, expected = CASES[case]
    assert str(TradeReport(**figures).audit()) == expected


def test_a_wrong_place_and_a_short_partner_count_are_found() -> None:
    members = {"A": "30,000", "B": "5,000"}
    rank = TradeReport(
        exports="7,109",
        ranks={"exports": "3"},
        rank_values={"exports": members},
        complete_ranks=["exports"],
    ).audit()
    assert [str(f) for f in rank.findings] == [
        "[error] rank:exports: the place in exports agrees with the other members' exports "
        "does not hold for exports 7,109, place in exports 3, exports of A 30,000, "
        "exports of B 5,000: the other figures give place in exports 2, not 3"
    ]
    count = TradeReport(
        shares={"CN": "15.6%", "NL": "9.2%", "FI": "7.4%"}, partner_count="3"
    ).audit()
    assert count.findings[0].rule == "partner_count"
    assert count.findings[0].message.startswith(
        "the partner count is at least the 3 partners named (one more when their shares "
        "leave room) does not hold for partner count 3, CN's share of turnover 15.6%, "
        "NL's share of turnover 9.2%, FI's share of turnover 7.4%"
    )
    assert count.suggestions == {"partner_count": 4}
