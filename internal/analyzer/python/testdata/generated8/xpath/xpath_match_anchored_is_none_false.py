# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=django shape=match_anchored_is_none expected=false
from lxml import etree
import re
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_match_anchored_is_none(request):
    param = request.META.get("HTTP_X_Q", "")
    m = re.match(r"^[a-z]{1,16}$", param)
    if m is None:
        return JsonResponse({"result": str("invalid")})
    nodes = DOC.xpath("//user[name='" + param + "']")
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_match_anchored_is_none/", case_match_anchored_is_none),
]
