# generated case (gen8): category=xxe rule=PY-XXE fw=django shape=defusedxml_fromstring expected=false
import defusedxml.ElementTree as DET
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_defusedxml_fromstring(request):
    param = request.GET.get("q", "")
    root = DET.fromstring(request.body)
    return JsonResponse({"result": str([param, root.tag])})


urlpatterns = [
    path("xxe_defusedxml_fromstring/", case_defusedxml_fromstring),
]
