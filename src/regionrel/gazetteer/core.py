"""The Gazetteer: an immutable collection of regions and groups, indexed by code, name and adjective.

It answers lookups by code (``get``), by name (``find``, ``search``, with the
rules of :mod:`regionrel.gazetteer.names`), by adjective (``find_adjective``,
``parties_of``, ``parties_in``), of groups (``group``, ``groups_of``, ``group_of``)
and of governing bodies (``governing_body``). The built-in one
(:func:`regionrel.gazetteer.default`) also reaches the rest of the world lazily
(:mod:`regionrel.gazetteer.subdivisions`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

from regionrel._validators import as_date
from regionrel.errors import (
    AmbiguousError,
    AmbiguousRegionError,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
)
from regionrel.gazetteer.bodies import read_governing_body
from regionrel.gazetteer.countries import other_language_names
from regionrel.gazetteer.names import (
    AND,
    CODE_LIKE,
    CYRILLIC,
    EXCLUDING,
    GENERIC,
    LAST_PARENTHESIS,
    MOJIBAKE,
    NOISE,
    NOISE_PREFIX,
    RU_ENDINGS_NORMAL,
    SEGMENTS,
    STATE_FORM,
    abbreviated,
    add_region,
    adjective_key,
    all_found,
    check_group,
    check_iterable,
    check_mapping,
    check_region,
    checked_pairs,
    close_names,
    core_match,
    keeping,
    normalize_name,
    pair,
    repair_mojibake,
    tokens,
    word_index,
)
from regionrel.gazetteer.russian import ru_nominative_forms
from regionrel.gazetteer.subdivisions import (
    WORLD_LOCK,
    curated_regions,
    other_language_subdivisions,
    romanization_skeletons,
    romanized_key,
    world_subdivisions,
)
from regionrel.regions import (
    CodeScheme,
    GoverningBody,
    GroupKind,
    Region,
    RegionGroup,
    RegionKind,
)

__all__ = ["Gazetteer"]

# Words joined by hyphens ("Russian-Armenian"), from a word's start only: a run of
# letters is tried once, not from each of its letters (parties_in stays linear).
_COMPOUND: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:\.)?(?:\s*[-‐‑–—]\s*[^\W\d_]+(?:\.)?)+")
_CLS: Final = "Gazetteer"


_CACHE_SIZE: Final = 4096


class Gazetteer:
    """An immutable collection of regions and groups, indexed by code, name and adjective.

    Args:
        regions: the regions it holds.
        groups: the groups it holds; their members must be among *regions*.
        aliases: extra names, each for one of *regions*.
        adjectives: adjectives ("Uzbek", or Russian stems such as "узбекск"), each
            for one of *regions*; an adjective given for two regions is ambiguous.

    Raises:
        WrongTypeError: an argument has the wrong type.
        ValidationError: an alias, adjective or group names a region it does not hold.

    >>> fi = Region.of_country("Finland", alpha2="FI")
    >>> small = Gazetteer([fi], adjectives={"Finnish": fi})
    >>> small.get("fi") is fi, small.find_adjective("finnish") is fi, len(small)
    (True, True, 1)

    A gazetteer never changes, so a copy of it is the gazetteer itself (as a
    tuple's is), and two gazetteers are equal only when they are the same one:

    >>> import copy
    >>> copy.copy(small) is small, copy.deepcopy(small) == small
    (True, True)
    """

    __slots__ = (
        "_adjectives",
        "_aliases",
        "_by_code",
        "_by_core",
        "_by_name",
        "_by_scheme",
        "_cache",
        "_group_names",
        "_groups",
        "_held",
        "_indexed",
        "_lazy",
        "_more",
        "_regions",
        "_repeats",
        "_ru_stems",
        "_vocab",
        "_words",
        "_world",
    )

    def __init__(
        self,
        regions: Iterable[Region],
        *,
        groups: Iterable[RegionGroup] = (),
        aliases: Mapping[str, Region] | Iterable[tuple[str, Region]] | None = None,
        adjectives: Mapping[str, Region] | Iterable[tuple[str, Region]] | None = None,
    ) -> None:
        check_iterable(regions, Region, "regions")
        unique: dict[Region, None] = {}
        for region in regions:
            unique.setdefault(check_region(region, "regions"), None)
        self._regions: tuple[Region, ...] = tuple(unique)
        self._held: frozenset[Region] = frozenset(unique)
        self._by_code: dict[str, tuple[Region, ...]] = {}
        self._by_scheme: dict[str, dict[str, Region]] = {}
        self._by_name: dict[str, tuple[Region, ...]] = {}
        self._by_core: dict[str, list[tuple[Region, frozenset[str]]]] = {}
        self._repeats: set[str] = set()
        self._vocab: set[str] = set()
        # The built-in gazetteer also answers get() for every ISO 3166-2 code,
        # building a country's subdivisions when one of them is first asked for.
        self._world = False
        self._lazy: dict[str, dict[str, Region]] = {}
        self._cache: dict[str, tuple[Region, ...]] = {}
        self._more: Gazetteer | None = None
        self._indexed: set[tuple[str, int]] = set()
        for region in self._regions:
            for scheme, code in region.codes.items():
                add_region(self._by_code, code.upper(), region)
                self._by_scheme.setdefault(scheme, {})[code.upper()] = region
            for name in region.names:
                self._index_name(name, region)
        self._aliases: tuple[tuple[str, Region], ...] = ()
        if aliases is not None:
            pairs = self._pairs(aliases, "aliases")
            for name, region in pairs:
                self._index_name(name, region)
            self._aliases = pairs
        self._adjectives: tuple[tuple[str, Region], ...] = ()
        self._words: dict[str, tuple[Region, ...]] = {}
        self._ru_stems: dict[str, tuple[Region, ...]] = {}
        if adjectives is not None:
            self._adjectives = self._pairs(adjectives, "adjectives")
            for word, region in self._adjectives:
                key = adjective_key(word)
                if re.search("[а-я]", key):
                    add_region(self._ru_stems, key, region)
                else:
                    add_region(self._words, key, region)
        self._groups: tuple[RegionGroup, ...] = ()
        self._group_names: dict[str, RegionGroup] = {}
        self._add_groups(groups)

    def _pairs(
        self, value: Mapping[str, Region] | Iterable[tuple[str, Region]], field: str
    ) -> tuple[tuple[str, Region], ...]:
        return checked_pairs(value, field, self._held)

    def _index_name(self, name: str, region: Region) -> None:
        words = tokens(name)
        unique = frozenset(words)
        key = " ".join(sorted(unique))
        seen = (key, id(region))
        if seen in self._indexed:
            return
        self._indexed.add(seen)
        found = self._by_name.get(key)
        self._by_name[key] = (region,) if found is None else (*found, region)
        if len(unique) < len(words):
            self._repeats.add(" ".join(sorted(w for w in words if w not in GENERIC)))
        generic = unique & GENERIC
        core = " ".join(sorted(unique - generic)) if generic else key
        if core:
            self._by_core.setdefault(core, []).append((region, generic))
        self._vocab.update(unique)

    def _add_groups(self, groups: Iterable[RegionGroup]) -> None:
        check_iterable(groups, RegionGroup, "groups")
        collected = list(self._groups)
        for group_ in groups:
            check_group(group_, self._held)
            for name in (
                group_.name,
                *((group_.name_ru,) if group_.name_ru else ()),
                *group_.aliases,
            ):
                self._group_names[normalize_name(name)] = group_
            collected.append(group_)
        self._groups = tuple(collected)

    # -- building -------------------------------------------------------------------------

    def extended(
        self,
        *,
        regions: Iterable[Region] = (),
        aliases: Mapping[str, Region] | None = None,
        groups: Iterable[RegionGroup] = (),
        adjectives: Mapping[str, Region] | None = None,
    ) -> Gazetteer:
        """Return a new gazetteer with this one's contents and the ones given; this one is unchanged.

        Raises:
            WrongTypeError: an argument has the wrong type.
            ValidationError: an alias, adjective or group names a region neither holds.
        """
        check_iterable(regions, Region, "regions")
        extra_aliases = list(self._aliases)
        if aliases is not None:
            extra_aliases.extend(check_mapping(aliases, "name", "aliases").items())
        extra_adjectives = list(self._adjectives)
        if adjectives is not None:
            extra_adjectives.extend(check_mapping(adjectives, "adjective", "adjectives").items())
        check_iterable(groups, RegionGroup, "groups")
        built = Gazetteer(
            [*self._regions, *regions],
            groups=[*self._groups, *groups],
            aliases=extra_aliases,
            adjectives=extra_adjectives,
        )
        built._world = self._world
        return built

    # -- lookups --------------------------------------------------------------------------

    def get(self, code: str, scheme: str | None = None) -> Region:
        """Return the region with *code* in any scheme, or in *scheme* when given.

        Codes are matched without regard to case: ``"ru-len"`` finds RU-LEN.

        Raises:
            WrongTypeError: *code* is not a string, or *scheme* not a string or None.
            UnknownRegionError: no region has the code; the error names close codes.
            AmbiguousError: two regions share the code in different schemes.
        """
        if not isinstance(code, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="code", value=code)
        if scheme is not None and not isinstance(scheme, str):
            raise WrongTypeError("must be a str or None", cls=_CLS, field="scheme", value=scheme)
        key = code.strip().upper()
        if scheme is not None:
            scheme = str.__str__(scheme)  # the plain text: a subclass's own str may fail
            table = self._by_scheme.get(str(scheme), {})
            if key in table:
                return table[key]
            world = self._world_region(key) if str(scheme) == CodeScheme.ISO_3166_2 else None
            if world is not None:
                return world
            if str(scheme) not in self._by_scheme:
                raise UnknownRegionError(
                    "is not a coding scheme the gazetteer knows",
                    cls=_CLS,
                    field="scheme",
                    value=scheme,
                    candidates=difflib.get_close_matches(str(scheme), list(self._by_scheme)),
                )
            raise UnknownRegionError(
                f"is not a known {scheme} code",
                cls=_CLS,
                field="code",
                value=code,
                candidates=functools.partial(
                    difflib.get_close_matches, key, list(table), n=3, cutoff=0.6
                ),
            )
        found = self._by_code.get(key)
        if found is None:
            world = self._world_region(key)
            if world is not None:
                return world
            raise UnknownRegionError(
                "is not a known region code",
                cls=_CLS,
                field="code",
                value=code,
                candidates=functools.partial(
                    difflib.get_close_matches, key, list(self._by_code), n=3, cutoff=0.75
                ),
            )
        if len(found) > 1:
            raise AmbiguousRegionError(
                "is a code of more than one region: pass scheme= to choose",
                cls=_CLS,
                field="code",
                value=code,
                candidates=[r.name for r in found],
            )
        return found[0]

    def search(
        self, name: str, *, kind: RegionKind | None = None, country: str | None = None
    ) -> tuple[Region, ...]:
        """Every region *name* may mean (empty when none), best readings only.

        A whole-name match wins; else the name's core (its words but the generic
        ones) is matched, preferring the names whose generic words fit best. A
        country's name may gain or lose words of state form ("Republic of Chad",
        "Korea, Dem. Rep."), never a place word: "Mexico City" and "Moldova Region"
        are not the countries. Qualified labels are read part by part ("Guam (US)",
        "China, Hong Kong SAR", "China excluding Taiwan"), and a Russian name in
        running text by its nominative ("в Брестской области").

        Raises:
            WrongTypeError: *name* is not a string.
        """
        if not isinstance(name, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="name", value=name)
        if kind is None and country is None:
            # The gazetteer never changes, so what a name gives is kept (a bounded cache).
            found = self._cache.get(name)
            if found is None:
                found = self._search(name, all_found, 0)
                if len(self._cache) >= _CACHE_SIZE:
                    self._cache.clear()
                self._cache[name] = found
            return found

        return self._search(name, keeping(kind, country), 0)

    def _search(
        self, text: str, keep: Callable[[Iterable[Region]], tuple[Region, ...]], depth: int
    ) -> tuple[Region, ...]:
        words = tokens(text)
        unique = frozenset(words)
        if not unique:
            return ()
        # "China China China" is not China: a word repeated must be so in a name.
        found = self._whole(words, keep)
        if found:
            return found
        more = self._more_regions()
        if more is not None:
            found = more._whole(words, keep)
            if found:
                return found
        # A word no name has, whose singular one has, in a longer name: "South Sandwichs
        # Islands" (but "Balkans" is not the Balkan Region).
        vocab = self._vocab
        fixed = [
            w[:-1] if w not in vocab and w[-1:] == "s" and w[:-1] in vocab else w for w in words
        ]
        if fixed != words and len(unique - GENERIC) > 2:
            found = self._whole(fixed, keep) or (more._whole(fixed, keep) if more else ())
            if found:
                return found
        if "." in text or any(len(w) == 1 for w in text.split()):
            found = self._abbreviated(text, keep)
            if found:
                return found
        if len(unique) == len(words) or self._repeated_fits(words):  # "Китай Китай" is not China
            key = " ".join(sorted(unique))
            found = keep(self._other_languages().get(key, ()))
            code = self._subdivision_names().get(key) if not found and self._world else None
            if code is not None:  # read only after the gazetteer's own names gave nothing
                found = keep((self.get(code),))
            if found:
                return found
        if depth > 0:
            return ()
        qualified = self._qualified(text, keep)
        if qualified:
            return qualified
        if CYRILLIC.search(text):
            for form in ru_nominative_forms(text):
                found = self._search(form, keep, 1)
                if found:
                    return found
            return ()
        # Last, another romanization of a subdivision's name ("Homyel", "Viciebsk"): a name
        # with a word no name has.
        more_vocab = more._vocab if more is not None else vocab
        unknown = any(w not in vocab and w not in more_vocab for w in unique - GENERIC)
        skeleton_key = romanized_key(words) if qualified is None and unknown else ""
        return keep(self._skeletons().get(skeleton_key, ())) if skeleton_key else ()

    def _whole(
        self, words: list[str], keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...]:
        unique = frozenset(words)
        # "China China China" is not China: a word repeated must be so in a name.
        if len(unique) < len(words) and not self._repeated_fits(words):
            return ()
        found = keep(self._by_name.get(" ".join(sorted(unique)), ()))
        if found:
            return found
        found = core_match(self._by_core, unique, keep)
        if not found or len(found) > 1 or not found[0].kind.is_state:
            return found
        # "Dominica Republic" is as near the Dominican Republic as Dominica: both.
        for word in unique - GENERIC:
            near = self._by_name.get(" ".join(sorted(unique - {word} | {word + "n"})), ())
            if any(r.kind.is_state for r in near):
                return keep((*found, *near))
        return found

    def _abbreviated(
        self, text: str, keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...]:
        return keep(abbreviated(text, self._word_index(), self._by_name))

    def _word_index(self) -> dict[str, set[str]]:
        index = self._lazy.get("words")
        if index is None:
            index = self._lazy["words"] = word_index(self._by_name)  # type: ignore[assignment]
        return index  # type: ignore[return-value]

    def _other_languages(self) -> dict[str, tuple[Region, ...]]:
        """More names of countries (built on first use), by key: pycountry's Russian
        short and official names, and the names in other languages."""
        index = self._lazy.get("other languages")
        if index is None:
            built = (
                other_language_names(self._by_scheme.get(CodeScheme.ISO_ALPHA2, {}), self._by_name)
                if self._world
                else {}
            )
            index = self._lazy["other languages"] = built  # type: ignore[assignment]
        return index  # type: ignore[return-value]

    def _subdivision_names(self) -> dict[str, str]:
        """The curated countries' subdivisions' codes by their names in other languages."""
        index = self._lazy.get("subdivision names")
        if index is None:
            index = self._lazy["subdivision names"] = other_language_subdivisions()  # type: ignore[assignment]
        return index  # type: ignore[return-value]

    def _skeletons(self) -> dict[str, tuple[Region, ...]]:
        """Subdivisions by the skeletons of their Latin names (built on first use)."""
        index = self._lazy.get("skeletons")
        if index is None:
            more = self._more_regions()
            regions = (*self._regions, *(more._regions if more is not None else ()))
            index = self._lazy["skeletons"] = romanization_skeletons(regions)  # type: ignore[assignment]
        return index  # type: ignore[return-value]

    def _repeated_fits(self, words: list[str]) -> bool:
        core = [w for w in words if w not in GENERIC]
        return len(set(core)) == len(core) or " ".join(sorted(core)) in self._repeats

    def _qualified(
        self, text: str, keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...] | None:
        """Read a label with qualifiers; None when *text* has none, () when it fits no place."""
        if MOJIBAKE.search(text):
            repaired = repair_mojibake(text)
            if repaired != text:
                return self._search(repaired, keep, 0)
        if (excluding := EXCLUDING.search(text)) is not None:
            # "China excluding Taiwan" is China as ISO 3166-1 counts it; "Sweden
            # except Stockholm" is a part of Sweden, not Sweden.
            whole = self._one(text[: excluding.start()])
            left_out = self._one(text[excluding.end() :])
            if (
                whole is not None
                and left_out is not None
                and whole.kind.is_state
                and left_out.kind is RegionKind.COUNTRY
                and left_out is not whole
            ):
                return keep((whole,))
            return ()
        if (last := LAST_PARENTHESIS.fullmatch(text)) is not None:
            # "Cocos (Keeling) Islands (Australia)": the last parenthesis qualifies the rest.
            inner = NOISE_PREFIX.sub("", last.group(2))
            head = self._one(last.group(1))
            if head is not None and head.kind.is_state and set(tokens(inner)) <= STATE_FORM:
                return keep((head,))  # "Bolivia (Plurinational State)"
            fit = pair(head, self._one(inner))
            if fit is not None:
                return keep(fit)
        segments = [part.strip() for part in SEGMENTS.split(text) if part.strip()]
        if len(segments) < 2:
            return None
        if "," in text and AND.search(segments[-1]):
            return ()  # a list: "Norway, Svalbard and Jan Mayen"
        resolved: list[Region] = []
        for segment in segments:
            if frozenset(tokens(segment)) <= NOISE:
                continue
            found = self._one(segment)
            if found is None and CODE_LIKE.fullmatch(segment):
                by_code = self._by_code.get(segment, ())
                found = by_code[0] if len(by_code) == 1 else None
            if found is None:
                return ()
            resolved.append(found)
        distinct = tuple(dict.fromkeys(resolved))
        if len(distinct) == 1:
            return keep(distinct)
        if len(distinct) == 2:
            fit = pair(*distinct)
            if fit is not None:
                return keep(fit)
        return ()

    def _one(self, text: str) -> Region | None:
        found = self._search(text, all_found, 1)
        return found[0] if len(found) == 1 else None

    def find(
        self, name: str, *, kind: RegionKind | None = None, country: str | None = None
    ) -> Region:
        """Return the region called *name* in English or Russian, by name, alias or romanization.

        See :meth:`search` for how names are matched.

        Args:
            name: the name as a source writes it ("the PRC", "Ferghana Region", "Курская область").
            kind: keep only regions of this kind.
            country: keep only regions in this country (ISO alpha-2).

        Raises:
            WrongTypeError: *name* is not a string.
            ValidationError: *name* is empty.
            UnknownRegionError: no region has the name; the error names close names
                (looked for only when the error's message or ``candidates`` is read).
            AmbiguousRegionError: several regions have the name; the error lists them.
        """
        found = self.search(name, kind=kind, country=country)
        if len(found) == 1:
            return found[0]
        if not found and not tokens(name):
            raise ValidationError("must not be empty", cls=_CLS, field="name", value=name)
        if found:
            raise AmbiguousRegionError(
                "fits more than one region",
                cls=_CLS,
                field="name",
                value=name,
                candidates=[r.name for r in found],
            )
        raise UnknownRegionError(
            "is not a known region name",
            cls=_CLS,
            field="name",
            value=name,
            candidates=functools.partial(close_names, name, self._by_name, self._by_core),
        )

    def _world_region(self, code: str) -> Region | None:
        """The ISO 3166-2 subdivision *code* (upper case) of the built-in world data, or None."""
        if not self._world or len(code) < 4 or code[2] != "-":
            return None
        country = code[:2]
        table = self._lazy.get(country)
        if table is None:
            more = self._more_regions()
            with WORLD_LOCK:
                table = self._lazy.get(country)
                if table is None:
                    curated = more.regions(country=country) if more is not None else ()
                    held = {**self._by_code, **(more._by_code if more is not None else {})}
                    table = self._lazy[country] = world_subdivisions(country, held, curated)
        return table.get(code)

    def _more_regions(self) -> Gazetteer | None:
        """The curated regions built on first need (see ``world.EAGER``), or None."""
        if not self._world:
            return None
        if self._more is None:
            with WORLD_LOCK:
                if self._more is None:
                    self._more = Gazetteer(curated_regions())
        return self._more

    def resolve(self, value: Region | str) -> Region:
        """Return *value* itself if it is a Region, else the region it is a code or a name of.

        >>> from regionrel import gazetteer
        >>> gazetteer.resolve("UZ-FA").name, gazetteer.resolve("Ferghana").name
        ('Fergana Region', 'Fergana Region')

        Raises:
            WrongTypeError: *value* is neither a Region nor a string.
            UnknownRegionError: it is neither a known code nor a known name.
            AmbiguousError: it fits more than one region.
        """
        if isinstance(value, Region):
            return value
        if not isinstance(value, str):
            raise WrongTypeError("must be a Region or a str", cls=_CLS, field="value", value=value)
        key = value.strip().upper()
        found = self._by_code.get(key)
        if found is not None and len(found) == 1:
            return found[0]
        world = self._world_region(key) if found is None else None
        return world if world is not None else self.find(value)

    def regions(
        self, *, kind: RegionKind | None = None, country: str | None = None
    ) -> tuple[Region, ...]:
        """The regions held, in order, optionally only those of *kind* or in *country*."""
        return tuple(
            r
            for r in self._regions
            if (kind is None or r.kind is kind) and (country is None or r.country == country)
        )

    # -- adjectives -----------------------------------------------------------------------

    def find_adjective(self, word: str) -> Region:
        """Return the region an adjective names: "Uzbek", "Abkhaz", "азербайджанский".

        Russian adjectives match in any case and gender, and in their combining
        form ("российско-").

        Raises:
            WrongTypeError: *word* is not a string.
            UnknownRegionError: the adjective is not known.
            AmbiguousError: the adjective fits several regions ("Korean").
        """
        if not isinstance(word, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="adjective", value=word)
        key = adjective_key(word)
        found = self._words.get(key)
        if found is None and re.search("[а-я]", key):
            found = self._ru_stems.get(key)
            for ending in RU_ENDINGS_NORMAL:
                if found is None and key.endswith(ending):
                    found = self._ru_stems.get(key[: -len(ending)])
        if found is None:
            raise UnknownRegionError(
                "is not a known adjective of a region",
                cls=_CLS,
                field="adjective",
                value=word,
                candidates=functools.partial(self._close_adjectives, key),
            )
        if len(found) > 1:
            raise AmbiguousRegionError(
                "fits more than one region",
                cls=_CLS,
                field="adjective",
                value=word,
                candidates=[r.name for r in found],
            )
        return found[0]

    def _close_adjectives(self, key: str) -> list[str]:
        close = difflib.get_close_matches(key, [*self._words, *self._ru_stems], n=3, cutoff=0.75)
        return [self._adjective_spelling(c) for c in close]

    def _adjective_spelling(self, key: str) -> str:
        return next(w for w, _ in self._adjectives if adjective_key(w) == key)

    def parties_of(self, compound: str) -> tuple[Region, ...]:
        """Return the regions a compound adjective names, in order: "Russian-Azerbaijani".

        >>> from regionrel import gazetteer
        >>> [r.name for r in gazetteer.parties_of("Russian-Abkhaz")]
        ['Russia', 'Abkhazia']

        Raises:
            WrongTypeError: *compound* is not a string.
            UnknownRegionError: a part is not a known adjective.
            AmbiguousError: a part fits several regions.
        """
        if not isinstance(compound, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="adjective", value=compound)
        parts = [p for p in re.split(r"\s*[-‐‑–—]\s*", compound.strip()) if p]
        if not parts:
            raise ValidationError("must not be empty", cls=_CLS, field="adjective", value=compound)
        return tuple(self.find_adjective(part) for part in parts)

    def parties_in(self, text: str) -> tuple[Region, ...]:
        """Return the regions named by the compound adjectives in *text*, each once, in order.

        >>> from regionrel import gazetteer
        >>> [r.name for r in gazetteer.parties_in("the Ninth Russian-Armenian Interregional Forum")]
        ['Russia', 'Armenia']

        Compounds whose parts are not all known adjectives ("agro-industrial") are skipped.

        Raises:
            WrongTypeError: *text* is not a string.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="text", value=text)
        found: dict[Region, None] = {}
        for match in _COMPOUND.finditer(text):
            try:
                parties = self.parties_of(match.group())
            except (UnknownRegionError, AmbiguousError):
                continue
            for region in parties:
                found.setdefault(region, None)
        return tuple(found)

    # -- groups ---------------------------------------------------------------------------

    def group(self, name: str) -> RegionGroup:
        """Return the group called *name* ("North-West Federal District", "CIS", "ЕАЭС").

        Raises:
            WrongTypeError: *name* is not a string.
            UnknownRegionError: no group has the name; the error names close names.
        """
        key = normalize_name(name)
        found = self._group_names.get(key)
        if found is None:
            names = self._group_names
            raise UnknownRegionError(
                "is not a known group",
                cls=_CLS,
                field="group",
                value=name,
                candidates=lambda: dict.fromkeys(
                    names[c].name
                    for c in difflib.get_close_matches(key, list(names), n=3, cutoff=0.6)
                ),
            )
        return found

    def groups(self, kind: GroupKind | str | None = None) -> tuple[RegionGroup, ...]:
        """The groups held, optionally only those of *kind*.

        Raises:
            ValidationError: *kind* names no kind of group.
        """
        wanted = None if kind is None else GroupKind.parse(kind) if isinstance(kind, str) else kind
        return tuple(g for g in self._groups if wanted is None or g.kind is wanted)

    def groups_of(
        self,
        region: Region | str,
        *,
        kind: GroupKind | str | None = None,
        on: dt.date | str | None = None,
    ) -> tuple[RegionGroup, ...]:
        """The groups *region* belongs to on *on* (currently, when ``None``), optionally of *kind*.

        Raises:
            UnknownRegionError: *region* is text naming no region.
            ParseError, AmbiguousError: *on* is text that is not one date (read day first).
            ValidationError: *kind* names no kind.
        """
        member = self.resolve(region)
        if on is not None:
            on = as_date(on, cls=_CLS, field="on")
        return tuple(g for g in self.groups(kind) if g.is_member(member, on=on))

    def group_of(
        self, region: Region | str, kind: GroupKind | str, *, on: dt.date | str | None = None
    ) -> RegionGroup | None:
        """The group of *kind* that *region* belongs to on *on*, or ``None`` if it belongs to none.

        >>> from regionrel import gazetteer
        >>> gazetteer.group_of("Republic of Buryatia", "federal district", on="2018-11-02").name
        'Siberian Federal District'

        Raises:
            AmbiguousError: the region belongs to several groups of that kind on that day.
            UnknownRegionError: *region* is text naming no region.
            ParseError, AmbiguousError: *on* is text that is not one date (read day first).
            ValidationError: *kind* names no kind.
        """
        found = self.groups_of(region, kind=kind, on=on)
        if len(found) > 1:
            raise AmbiguousRegionError(
                "belongs to more than one group of that kind: use groups_of",
                cls=_CLS,
                field="region",
                value=region if isinstance(region, str) else region.name,
                candidates=[g.name for g in found],
            )
        return found[0] if found else None

    # -- governing bodies -----------------------------------------------------------------

    def governing_body(self, text: str) -> GoverningBody:
        """Read a governing body's name: "Council of Ministers of the Republic of Crimea".

        Also "Brest Regional Executive Committee", and Russian names: "акимат
        Алматинской области", "Народное правительство провинции Хэйлунцзян",
        "Брестский облисполком".

        Raises:
            WrongTypeError: *text* is not a string.
            ParseError: *text* does not start with a known kind of body followed by "of".
            UnknownRegionError: the region is not known.
            AmbiguousRegionError: the region's name fits more than one region.
        """
        return read_governing_body(text, self.find)

    # -- container ------------------------------------------------------------------------

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Region):
            return item in self._held
        return isinstance(item, str) and item.strip().upper() in self._by_code

    def __iter__(self) -> Iterator[Region]:
        return iter(self._regions)

    def __len__(self) -> int:
        return len(self._regions)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self._regions)} regions, {len(self._groups)} groups>"

    def __copy__(self) -> Gazetteer:
        return self  # it never changes: a copy is itself, as a tuple's is

    def __deepcopy__(self, memo: dict[int, object]) -> Gazetteer:
        return self
