# generated case: rule=PY-CODE-INJECTION source=fapath propagation=setter_getter sink=v1 expected=true
from fastapi import FastAPI

app = FastAPI()


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    store = Store()
    store.put(param)
    bar = store.take()
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
