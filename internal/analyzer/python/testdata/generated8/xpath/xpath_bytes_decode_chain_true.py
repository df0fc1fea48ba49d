# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=django shape=bytes_decode_chain expected=true
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_bytes_decode_chain(request):
    param = request.META.get("HTTP_X_Q", "")
    raw = param.encode("utf-8")
    name = raw.decode("utf-8").lower()
    nodes = DOC.xpath("//user[name='" + name + "']")  # want: PY-XPATH-INJECTION
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_bytes_decode_chain/", case_bytes_decode_chain),
]
