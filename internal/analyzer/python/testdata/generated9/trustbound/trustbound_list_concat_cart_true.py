# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=list_concat_cart expected=true
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_list_concat_cart(request):
    param = request.POST.get("q", "")
    request.session["cart"] = request.session.get("cart", []) + [param]  # want: PY-TRUST-BOUNDARY
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_list_concat_cart/", case_list_concat_cart),
]
