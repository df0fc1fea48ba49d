# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=lower sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = param.lower()
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
