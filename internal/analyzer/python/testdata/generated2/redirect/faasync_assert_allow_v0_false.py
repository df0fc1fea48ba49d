# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=assert_allow sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    assert param in ALLOWED
    bar = param
    return RedirectResponse(bar)
