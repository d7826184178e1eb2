class Deck:
    ranks = "23456789TJQKA"
    suits = "shdc"

    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]


deck = Deck()
print(len(deck))
print(deck[0], deck[-1], deck[12::13])
print("Ah" in deck, "1x" in deck)
for card in deck[:3]:
    print(card)
print(list(reversed(deck))[:3])
count = 0
for card in deck:
    count += 1
print("iterated", count, "cards")
