# A helper class that keeps values by key in a container of self. A value
# fetched under a constant key is the one put under that key, not anything
# the store ever held.


class RequestStore:
    def __init__(self):
        self.items = {}
        self.defaults = {"mode": "basic", "sort": "name"}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def option(self, key):
        return self.defaults[key]

    def add(self, key, value):
        # Chained (store.add(...).add(...)): what it writes must reach the
        # store whichever way the call is analysed.
        self.items[key] = value
        return self

    def size(self):
        return len(self.items)
