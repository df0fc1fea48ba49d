# generated case: rule=PY-NOSQLI source=djget propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.GET.get("p", "")
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return JsonResponse({"result": result})
