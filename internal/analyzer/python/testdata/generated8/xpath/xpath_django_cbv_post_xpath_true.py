# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=django shape=django_cbv_post_xpath expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View
from lxml import etree

DOC = etree.fromstring(b"<users><user><name>alice</name></user></users>")


class LookupView(View):
    def post(self, request):
        who = request.POST["who"]
        nodes = DOC.xpath("//user[name/text()='%s']" % who)  # want: PY-XPATH-INJECTION
        return JsonResponse({"n": len(nodes)})


urlpatterns = [path("xpath_django_cbv_post_xpath/", LookupView.as_view())]
