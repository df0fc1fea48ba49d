# generated case: rule=PY-NOSQLI source=djget propagation=lambda_ident sink=v0 expected=true
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.GET.get("p", "")
    ident = lambda s: s
    bar = ident(param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
