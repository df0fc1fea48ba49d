# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=fastapi shape=pydantic_str_field expected=false
from pydantic import BaseModel
from pymongo import MongoClient
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


class NameQuery(BaseModel):
    name: str


@app.api_route("/nosqli_pydantic_str_field", methods=["GET", "POST"])
def case_pydantic_str_field(request: Request, q: NameQuery):
    docs = list(db.users.find({"name": q.name}))
    return {"result": str(len(docs))}
