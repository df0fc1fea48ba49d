# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=zip_first sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    return RedirectResponse(bar)
