"""Interstate groupings with dated membership: the CIS and the EAEU.

Dates are the days a membership took effect (inclusive) and the first day it
no longer held (exclusive).

Sources:

- CIS: the Alma-Ata Protocol and Declaration of 21.12.1991 (eleven founding
  participants); Georgia joined in December 1993 and its withdrawal took effect
  on 18.08.2009, a year after its notice; Turkmenistan became an associate member
  on 26.08.2005 (Kazan summit); Ukraine, which never ratified the CIS Charter,
  ended its participation in the CIS's statutory bodies by Presidential Decree
  No. 145/2018 of 19.05.2018.
- EAEU: the Treaty on the Eurasian Economic Union (Astana, 29.05.2014) in force
  on 01.01.2015 for Belarus, Kazakhstan and Russia; Armenia's accession treaty
  in force on 02.01.2015; Kyrgyzstan's on 12.08.2015.
"""

from __future__ import annotations

#: Name, Russian name, aliases, scheme, and memberships as
#: (alpha-2 codes, since, until or None, status, source).
GROUPS: tuple[
    tuple[
        str,
        str,
        tuple[str, ...],
        str,
        tuple[tuple[tuple[str, ...], str, str | None, str, str], ...],
    ],
    ...,
] = (
    (
        "Commonwealth of Independent States",
        "Содружество Независимых Государств",
        ("CIS", "the CIS", "СНГ", "Commonwealth"),
        "CIS founding acts and Charter",
        (
            (
                ("AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "UZ"),
                "1991-12-21",
                None,
                "member",
                "Alma-Ata Protocol of 21.12.1991",
            ),
            (
                ("UA",),
                "1991-12-21",
                "2018-05-19",
                "participant",
                "Alma-Ata Protocol of 21.12.1991; Decree of the President of Ukraine No. 145/2018 of 19.05.2018",
            ),
            (
                ("TM",),
                "1991-12-21",
                "2005-08-26",
                "member",
                "Alma-Ata Protocol of 21.12.1991; Kazan summit of 26.08.2005",
            ),
            (("TM",), "2005-08-26", None, "associate member", "Kazan summit of 26.08.2005"),
            (
                ("GE",),
                "1993-12-03",
                "2009-08-18",
                "member",
                "Georgia's accession of December 1993; withdrawal effective 18.08.2009",
            ),
        ),
    ),
    (
        "Eurasian Economic Union",
        "Евразийский экономический союз",
        ("EAEU", "EEU", "ЕАЭС", "Eurasian Union"),
        "Treaty on the Eurasian Economic Union",
        (
            (
                ("BY", "KZ", "RU"),
                "2015-01-01",
                None,
                "member",
                "Treaty on the Eurasian Economic Union of 29.05.2014, in force 01.01.2015",
            ),
            (
                ("AM",),
                "2015-01-02",
                None,
                "member",
                "Treaty on Armenia's accession of 10.10.2014, in force 02.01.2015",
            ),
            (
                ("KG",),
                "2015-08-12",
                None,
                "member",
                "Treaty on Kyrgyzstan's accession of 23.12.2014, in force 12.08.2015",
            ),
        ),
    ),
)
