# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=django_session_via_helper_class expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Cart:
    def __init__(self, request):
        self.session = request.session

    def add(self, sku):
        self.session["last_sku"] = sku  # want: PY-TRUST-BOUNDARY


def case_django_session_via_helper_class(request):
    param = request.COOKIES.get("q", "")
    Cart(request).add(param)
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_django_session_via_helper_class/", case_django_session_via_helper_class),
]
