# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=while_once sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = "safe"
    i = 0
    while i < 1:
        bar = param
        i += 1
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
