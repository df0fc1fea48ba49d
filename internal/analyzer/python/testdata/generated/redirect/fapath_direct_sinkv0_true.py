# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=direct sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = param
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
