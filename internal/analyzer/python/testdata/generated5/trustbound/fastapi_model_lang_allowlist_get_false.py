# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=model shape=lang_allowlist_get expected=false
import os

from fastapi import FastAPI, Request
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])
SUPPORTED = {"en": "en", "de": "de", "fr": "fr"}


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00435")
def benchmark_test_00435(request: Request, item: Item):
    param = item.name
    bar = param
    request.session["lang"] = SUPPORTED.get(bar, "en")
    result = True
    return {"result": str(result)}
