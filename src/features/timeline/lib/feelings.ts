// The feelings are shared with "Me now" and the exported book: they live in the domain.
export { FEELINGS, feelingId, type FeelingId } from '@/domain';
