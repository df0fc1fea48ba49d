# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=dict_allow_get sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = ALLOWED.get(param, "alpha")
    return RedirectResponse(bar)
