# generated case (gen_cases2): FastAPI serializes a returned str as JSON -> no XSS
from fastapi import FastAPI

app = FastAPI()


@app.get("/echo")
async def echo(name: str = ""):
    return "<p>Hello " + name + "</p>"
