# Text adventure: rooms, items, containers, a player and a scripted command loop driven by dispatch on method names.
class GameError(Exception):
    pass


class Item:
    def __init__(self, name, weight=1, description=""):
        self.name, self.weight, self.description = name, weight, description

    def use(self, game):
        return f"You can't use the {self.name}."

    def __repr__(self):
        return self.name


class Key(Item):
    def __init__(self, name, opens):
        super().__init__(name, 0, f"a key labelled {opens!r}")
        self.opens = opens

    def use(self, game):
        room = game.here
        for direction, exit in room.exits.items():
            if exit.locked and exit.key_name == self.opens:
                exit.locked = False
                return f"You unlock the door to the {direction}."
        return "Nothing to unlock here."


class Lamp(Item):
    def __init__(self):
        super().__init__("lamp", 2, "a brass lamp")
        self.lit = False

    def use(self, game):
        self.lit = not self.lit
        return f"The lamp is now {'on' if self.lit else 'off'}."


class Exit:
    def __init__(self, target, locked=False, key_name=None):
        self.target, self.locked, self.key_name = target, locked, key_name


class Room:
    def __init__(self, name, dark=False):
        self.name, self.dark = name, dark
        self.items = {}
        self.exits = {}

    def add(self, *items):
        for it in items:
            self.items[it.name] = it
        return self

    def connect(self, direction, room, back=None, **kw):
        self.exits[direction] = Exit(room, **kw)
        if back:
            room.exits[back] = Exit(self)
        return self

    def __contains__(self, name):
        return name in self.items

    def describe(self, can_see):
        if self.dark and not can_see:
            return f"{self.name}: It is pitch dark."
        items = ", ".join(sorted(self.items)) or "nothing"
        exits = ", ".join(sorted(self.exits))
        return f"{self.name}: you see {items}. Exits: {exits}."


class Inventory(dict):
    limit = 4

    def weight(self):
        return sum([i.weight for i in self.values()])

    def __missing__(self, name):
        raise GameError(f"You don't have a {name}.")


class Game:
    def __init__(self):
        hall = Room("Hall")
        cellar = Room("Cellar", dark=True)
        vault = Room("Vault")
        garden = Room("Garden")
        hall.add(Lamp(), Item("rock", 3)).connect("down", cellar, back="up").connect("out", garden, back="in")
        cellar.add(Key("iron key", "vault")).connect("east", vault, locked=True, key_name="vault")
        vault.add(Item("gold", 2, "shiny"))
        vault.exits["west"] = Exit(cellar)
        self.here = hall
        self.inventory = Inventory()
        self.moves = 0

    def can_see(self):
        lamp = self.inventory.get("lamp")
        return not self.here.dark or (lamp is not None and lamp.lit)

    def do_look(self):
        return self.here.describe(self.can_see())

    def do_go(self, direction):
        exit = self.here.exits.get(direction)
        if exit is None:
            raise GameError(f"You can't go {direction}.")
        if exit.locked:
            raise GameError("The door is locked.")
        self.here = exit.target
        return self.do_look()

    def do_take(self, name):
        if not self.can_see():
            raise GameError("You fumble around in the dark.")
        if name not in self.here:
            raise GameError(f"There is no {name} here.")
        item = self.here.items[name]
        if self.inventory.weight() + item.weight > self.inventory.limit:
            raise GameError(f"The {name} is too heavy.")
        self.inventory[name] = self.here.items.pop(name)
        return f"Taken: {name}."

    def do_drop(self, name):
        item = self.inventory[name]
        del self.inventory[name]
        self.here.add(item)
        return f"Dropped: {name}."

    def do_use(self, name):
        return self.inventory[name].use(self)

    def do_inventory(self):
        return f"Carrying {sorted(self.inventory)} (weight {self.inventory.weight()})."

    def run(self, line):
        verb, _, rest = line.partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            return handler(rest) if rest else handler()
        except GameError as e:
            return f"! {e}"
        except TypeError:
            return f"! {verb} needs a different number of words."


game = Game()
script = ["look", "take rock", "take lamp", "drop rock", "take lamp", "go down", "take iron key",
          "use lamp", "look", "take iron key", "go east", "use iron key", "go east", "take gold",
          "inventory", "use gold", "go west", "use lamp", "look", "go up", "go out", "drop gold", "look",
          "drop banana", "dance", "go north", "look around", "go"]
for cmd in script:
    print(f"> {cmd}\n  {game.run(cmd)}")
print("moves:", game.moves, "| room:", game.here.name, "| has gold:", "gold" in game.inventory)
