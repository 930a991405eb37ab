"""Trade: balances, changes, series, partner structures, rankings and the standard indicators.

The classes and functions live in the submodules and are re-exported here:

* :mod:`~regionrel.trade.indicators`: the formulas as functions on numbers;
* :mod:`~regionrel.trade.balance`: :class:`TradeBalance` and the :data:`WORLD` partner;
* :mod:`~regionrel.trade.change`: :class:`TradeChange`;
* :mod:`~regionrel.trade.series`: :class:`TradeSeries`;
* :mod:`~regionrel.trade.partners`: :class:`PartnerStructure`;
* :mod:`~regionrel.trade.rankings`: :func:`rank`, :class:`Ranking`, :class:`RankClaim`;
* :mod:`~regionrel.trade.products`: RCA, trade intensity, Grubel-Lloyd, export similarity;
* :mod:`~regionrel.trade.volumes`: :class:`PhysicalFlow` (values with quantities).

See ``docs/indicators.md`` for every formula, its variants and its source.
"""

from __future__ import annotations

from regionrel.trade.balance import WORLD, Partner, TradeBalance, World
from regionrel.trade.change import TradeChange
from regionrel.trade.flows import TradeFlow
from regionrel.trade.indicators import (
    ConcentrationIndex,
    OpennessVariant,
    cagr,
    concentration,
    contributions_to_growth,
    coverage_ratio,
    exceed_ratio,
    growth_index,
    growth_rate,
    hhi,
    hhi_normalized,
    hhi_unctad,
    least_squares_growth_rate,
    openness,
    share,
)
from regionrel.trade.partners import OtherPartners, PartnerStructure, ShareUnit
from regionrel.trade.products import (
    balassa_rca,
    export_diversification,
    export_similarity,
    grubel_lloyd,
    grubel_lloyd_aggregate,
    grubel_lloyd_by_product,
    rca_by_product,
    trade_intensity,
)
from regionrel.trade.rankings import (
    ClaimCheck,
    IncompleteRankingWarning,
    RankClaim,
    RankedEntry,
    Ranking,
    RankMethod,
    rank,
    rank_values,
)
from regionrel.trade.series import SeriesGapError, TradeSeries
from regionrel.trade.volumes import PhysicalFlow, UnitValue

__all__ = [
    "WORLD",
    "ClaimCheck",
    "ConcentrationIndex",
    "IncompleteRankingWarning",
    "OpennessVariant",
    "OtherPartners",
    "Partner",
    "PartnerStructure",
    "PhysicalFlow",
    "RankClaim",
    "RankMethod",
    "RankedEntry",
    "Ranking",
    "SeriesGapError",
    "ShareUnit",
    "TradeBalance",
    "TradeChange",
    "TradeFlow",
    "TradeSeries",
    "UnitValue",
    "World",
    "balassa_rca",
    "cagr",
    "concentration",
    "contributions_to_growth",
    "coverage_ratio",
    "exceed_ratio",
    "export_diversification",
    "export_similarity",
    "growth_index",
    "growth_rate",
    "grubel_lloyd",
    "grubel_lloyd_aggregate",
    "grubel_lloyd_by_product",
    "hhi",
    "hhi_normalized",
    "hhi_unctad",
    "least_squares_growth_rate",
    "openness",
    "rank",
    "rank_values",
    "rca_by_product",
    "share",
    "trade_intensity",
]
