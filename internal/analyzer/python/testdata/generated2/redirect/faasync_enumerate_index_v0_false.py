# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=enumerate_index sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    return RedirectResponse(bar)
