# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=model shape=lang_pref_noflags expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00249")
def benchmark_test_00249(request: Request, item: Item):
    param = item.name
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("lang", bar[:5], max_age=365 * 24 * 3600)
    return resp
