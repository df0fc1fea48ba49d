# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=isdigit_ternary sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = param if param.isdigit() else "0"
    return RedirectResponse(bar)
