"""The Python/Faker baseline for Benchmarks/generate/run.sh.

Makes, per record, the fields the Swift generator's portfolio accounts carry that Faker
can make: person name, company, VAT id (Spanish CIF), IBAN, address, and five invoices with
amounts and issue/due dates, seeded and in the es_ES locale, written as NDJSON.
"""

import argparse
import datetime
import json
import sys

from faker import Faker


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    fake = Faker("es_ES")
    Faker.seed(args.seed)
    as_of = datetime.date(2026, 3, 2)
    out = sys.stdout
    for index in range(args.count):
        invoices = []
        for _ in range(5):
            due = as_of - datetime.timedelta(days=fake.random_int(-25, 150))
            issue = due - datetime.timedelta(days=fake.random_int(30, 60))
            invoices.append(
                {
                    "issue_date": issue.isoformat(),
                    "due_date": due.isoformat(),
                    "gross": str(fake.pydecimal(left_digits=5, right_digits=2, positive=True)),
                }
            )
        record = {
            "index": index,
            "contact": fake.name(),
            "company": fake.company(),
            "vat_id": "ES" + fake.cif(),
            "iban": fake.iban(),
            "address": fake.address(),
            "invoices": invoices,
        }
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
