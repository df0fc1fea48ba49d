# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=formparam shape=store_fetch_other_key sink=v2 expected=false
from fastapi import FastAPI, Form, Request

app = FastAPI()


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def describe(self):
        return "items: %d" % len(self.items)


@app.post("/case-00004")
async def case_00004(request: Request, q: str = Form("")):
    param = q
    store = RequestStore()
    store.put("term", param)
    store.put("mode", "basic")
    bar = store.fetch("mode")
    result = eval(bar)
    return {"result": str(result)}
