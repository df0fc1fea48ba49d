# generated case (gen_cases2): FastAPI PlainTextResponse is text/plain -> no XSS
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo")
async def echo(name: str = ""):
    return PlainTextResponse("<p>Hello " + name + "</p>")
