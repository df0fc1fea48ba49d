# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=direct sink=safe-api expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = param
    return RedirectResponse("/dashboard")
