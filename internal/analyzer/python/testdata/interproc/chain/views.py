# interproc/chain: Django views feed GET parameters into the service layer
from django.http import JsonResponse

from chain.service import OrderService

service = OrderService()


def order_search(request):
    return JsonResponse({"orders": service.search(request.GET.get("ref", ""))})


def customer_orders(request):
    return JsonResponse({"orders": service.for_customer(request.GET.get("customer", "0"))})
