from dataclasses import dataclass, field
from datetime import date, timedelta

LOAN_DAYS = 14
FINE_PER_DAY = 0.25


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    borrowed_by: "Member | None" = None
    due: date | None = None

    def __str__(self) -> str:
        return f"{self.title!r} by {self.author}"


@dataclass
class Member:
    name: str
    books: list[Book] = field(default_factory=list)
    fines: float = 0.0

    def __repr__(self) -> str:
        return f"Member({self.name!r}, books={len(self.books)}, fines={self.fines:.2f})"


class Library:
    def __init__(self) -> None:
        self.catalog: dict[str, Book] = {}

    def add(self, *books: Book) -> None:
        for b in books:
            self.catalog[b.isbn] = b

    def checkout(self, isbn: str, member: Member, today: date) -> None:
        book = self.catalog[isbn]
        if book.borrowed_by:
            print(f"  sorry {member.name}, {book} is out until {book.due:%b %d}")
            return
        book.borrowed_by, book.due = member, today + timedelta(days=LOAN_DAYS)
        member.books.append(book)
        print(f"  {member.name} borrows {book}, due {book.due.isoformat()}")

    def checkin(self, isbn: str, today: date) -> None:
        book = self.catalog[isbn]
        member = book.borrowed_by
        late = (today - book.due).days
        if late > 0:
            member.fines += late * FINE_PER_DAY
            print(f"  {book} returned {late} days late, fine ${late * FINE_PER_DAY:.2f}")
        else:
            print(f"  {book} returned on time")
        member.books.remove(book)
        book.borrowed_by = book.due = None


lib = Library()
lib.add(Book("111", "Dune", "Frank Herbert"), Book("222", "Emma", "Jane Austen"), Book("333", "Ubik", "Philip K. Dick"))
ann, ben = Member("Ann"), Member("Ben")
day = date(2024, 3, 1)
print(day.strftime("%A %d %B %Y"))
lib.checkout("111", ann, day)
lib.checkout("222", ann, day)
lib.checkout("111", ben, day + timedelta(days=3))
lib.checkin("222", day + timedelta(days=10))
lib.checkin("111", day + timedelta(days=20))
lib.checkout("111", ben, day + timedelta(days=20))
print(ann, ben, sep="\n")
print("available:", [b.title for b in lib.catalog.values() if b.borrowed_by is None])
