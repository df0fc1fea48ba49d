# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=module_cache sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


CACHE = {}


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    CACHE["last"] = param
    bar = CACHE["last"]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
