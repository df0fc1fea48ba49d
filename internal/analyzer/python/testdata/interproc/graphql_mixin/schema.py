# The root query combines the apps' mixins
import graphene

import shop.queries


class Query(shop.queries.Query, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query)
