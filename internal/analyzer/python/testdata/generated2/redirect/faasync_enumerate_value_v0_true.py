# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=enumerate_value sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
