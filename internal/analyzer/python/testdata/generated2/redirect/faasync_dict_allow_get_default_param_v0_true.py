# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=dict_allow_get_default_param sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = ALLOWED.get("zeta", param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
