# generated case (gen9): category=ssti rule=PY-SSTI fw=fastapi shape=getitem_store expected=true
import jinja2
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Overrides:
    def __init__(self):
        self._items = {}

    def __setitem__(self, key, value):
        self._items[key] = value

    def __getitem__(self, key):
        return self._items.get(key, "Hi")


@app.api_route("/ssti_getitem_store", methods=["GET", "POST"])
def case_getitem_store(request: Request, q: str = Form("")):
    param = q
    store = Overrides()
    store["greet"] = param
    out = jinja2.Environment().from_string(store["greet"]).render()  # want: PY-SSTI
    return {"result": str(out)}
