# Open redirect: FastAPI str query parameter passed to RedirectResponse
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/go")
def go(url: str):
    return RedirectResponse(url)  # want: PY-OPEN-REDIRECT
