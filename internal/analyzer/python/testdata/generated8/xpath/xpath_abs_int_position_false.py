# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=django shape=abs_int_position expected=false
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_abs_int_position(request):
    param = request.COOKIES.get("q", "")
    try:
        pos = abs(int(param)) + 1
    except ValueError:
        pos = 1
    nodes = DOC.xpath("//user[position()=" + str(pos) + "]")
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_abs_int_position/", case_abs_int_position),
]
