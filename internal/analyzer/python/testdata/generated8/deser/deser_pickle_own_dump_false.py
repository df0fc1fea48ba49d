# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=django shape=pickle_own_dump expected=false
import pickle
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_pickle_own_dump(request):
    param = request.GET.get("q", "")
    blob = pickle.dumps({"query": param, "page": 1})
    copy = pickle.loads(blob)
    return JsonResponse({"result": str(copy["page"])})


urlpatterns = [
    path("deser_pickle_own_dump/", case_pickle_own_dump),
]
