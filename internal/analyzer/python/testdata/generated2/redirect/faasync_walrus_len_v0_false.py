# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=walrus_len sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    return RedirectResponse(bar)
