# GraphQL resolvers (Ariadne): X.field("name") of a QueryType or MutationType; the first parameter is the parent
import subprocess

from ariadne import MutationType, QueryType, make_executable_schema
from pymongo import MongoClient

query = QueryType()
mutation = MutationType()
users = MongoClient()["app"]["users"]


@query.field("user")
def resolve_user(obj, info, name):
    return users.find_one({"$where": "this.name == '" + name + "'"})  # want: PY-NOSQLI


@mutation.field("run")
def resolve_run(_, info, command):
    return subprocess.check_output(command, shell=True).decode()  # want: PY-CMDI


def resolve_lookup(obj, info, key):
    return eval(key)  # want: PY-CODE-INJECTION


query.set_field("lookup", resolve_lookup)

schema = make_executable_schema("type Query { user(name: String!): String }", query, mutation)


@query.field("count")
def resolve_count(obj, info, limit):
    return users.count_documents({"active": True}, limit=int(limit))  # safe: PY-NOSQLI (a number)


@query.field("me")
def resolve_me(obj, info):
    return users.find_one({"name": obj["name"]})  # safe: PY-NOSQLI (the parent object is the server's)
