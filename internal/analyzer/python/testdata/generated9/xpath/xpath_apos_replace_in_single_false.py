# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=django shape=apos_replace_in_single expected=false
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_apos_replace_in_single(request):
    param = request.GET.get("q", "")
    safe = param.replace("'", "&apos;")
    nodes = DOC.xpath("//user[name='" + safe + "']")
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_apos_replace_in_single/", case_apos_replace_in_single),
]
