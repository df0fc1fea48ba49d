# generated case: rule=PY-OPEN-REDIRECT source=faqueryint propagation=direct sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: int = 0):
    param = str(p)
    bar = param
    return RedirectResponse(bar)
